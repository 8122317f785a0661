import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { CrisisResource } from '$lib/safety/resources';
import { coach } from './coaches';
import { createdAt } from './columns';

/** A cohort that meets repeatedly ("PGY-2 wellbeing circle, spring"). */
export const group = pgTable(
	'group',
	{
		id: uuid().primaryKey().defaultRandom(),
		coachId: uuid()
			.notNull()
			.references(() => coach.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		description: text().notNull().default(''),
		/**
		 * Days after a session that its written answers (texts and words) are kept; then only
		 * counts remain. Null: the deployment's default. Never below the deployment's minimum.
		 */
		textRetentionDays: integer(),
		/**
		 * The crisis resources this group's phones are offered. Null: the deployment's list.
		 * Only resources with a confirmation date are ever shown as numbers.
		 */
		crisisResources: jsonb().$type<CrisisResource[]>(),
		/** The coach's own words to mask in what the room sees (besides the shipped list). */
		filterWords: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: createdAt()
	},
	(t) => [index('group_coach_idx').on(t.coachId)]
);

export type Group = typeof group.$inferSelect;
