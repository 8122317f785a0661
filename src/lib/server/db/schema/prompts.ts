import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { coach } from './coaches';
import { createdAt } from './columns';

/**
 * A prompt a coach can push: their own (coach_id set). The built-in library (coach_id
 * null) and plans arrive with the prompt-library work and reuse this table.
 * `definition` holds kind, text and the kind's options, validated by $lib/prompts/kinds.
 */
export const prompt = pgTable(
	'prompt',
	{
		id: uuid().primaryKey().defaultRandom(),
		coachId: uuid().references(() => coach.id, { onDelete: 'cascade' }),
		kind: text().$type<PromptDefinition['kind']>().notNull(),
		definition: jsonb().$type<PromptDefinition>().notNull(),
		createdAt: createdAt()
	},
	(t) => [index('prompt_coach_idx').on(t.coachId)]
);

export type Prompt = typeof prompt.$inferSelect;
