import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { EMPTY_GUIDE, type FacilitationGuide } from '$lib/prompts/guide';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { coach } from './coaches';
import { createdAt } from './columns';

/**
 * A prompt a coach can push. Library prompts have no coach and a stable `slug` (loaded from
 * src/lib/server/library on start); a coach's own prompts have a coach and no slug.
 * `definition` holds kind, text and the kind's options, validated by $lib/prompts/kinds.
 * Sessions never read a prompt's current definition: they keep their own snapshot.
 */
export const prompt = pgTable(
	'prompt',
	{
		id: uuid().primaryKey().defaultRandom(),
		coachId: uuid().references(() => coach.id, { onDelete: 'cascade' }),
		slug: text(),
		theme: text(),
		kind: text().$type<PromptDefinition['kind']>().notNull(),
		definition: jsonb().$type<PromptDefinition>().notNull(),
		/** One line for the facilitator: why ask it (the guide's purpose). */
		note: text().notNull().default(''),
		/** The rest of the facilitation guide: what to say before, what to watch for, whether to reveal. */
		guide: jsonb().$type<FacilitationGuide>().notNull().default(EMPTY_GUIDE),
		/** A short line shown under the prompt on the phone ("no names or details needed"). */
		// Not named after participants: no column may read as if it pointed at one.
		participantNote: text('guidance').notNull().default(''),
		/** A library prompt whose slug left the library file: hidden from search, kept for history. */
		retired: boolean().notNull().default(false),
		/** A coach's own prompt put away: hidden from lists, kept for plans and history. */
		archived: boolean().notNull().default(false),
		/**
		 * A measure: a scale or check-in asked the same way across sessions, so a group's trend
		 * can follow it. Its wording and scale are frozen: rewording makes a new prompt, the next
		 * version of the same series (`measureSeries` = the first version's id). Versions are
		 * never merged into one trend line.
		 */
		measure: boolean().notNull().default(false),
		measureSeries: uuid(),
		measureVersion: integer(),
		createdAt: createdAt(),
		updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow()
	},
	(t) => [
		index('prompt_coach_idx').on(t.coachId),
		uniqueIndex('prompt_slug_key')
			.on(t.slug)
			.where(sql`${t.slug} is not null`)
	]
);

/** An ordered list of prompts: a coach's own, or a ready plan from the library (no coach). */
export const plan = pgTable(
	'plan',
	{
		id: uuid().primaryKey().defaultRandom(),
		coachId: uuid().references(() => coach.id, { onDelete: 'cascade' }),
		slug: text(),
		title: text().notNull(),
		description: text().notNull().default(''),
		/**
		 * The closing card's words (where support is, that the coach stays on for a while),
		 * shown to phones at the end of the plan. Null: the plan has no closing card.
		 */
		closingNote: text(),
		archived: boolean().notNull().default(false),
		createdAt: createdAt(),
		updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow()
	},
	(t) => [
		index('plan_coach_idx').on(t.coachId),
		uniqueIndex('plan_slug_key')
			.on(t.slug)
			.where(sql`${t.slug} is not null`)
	]
);

export const planStep = pgTable(
	'plan_step',
	{
		id: uuid().primaryKey().defaultRandom(),
		planId: uuid()
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		promptId: uuid()
			.notNull()
			.references(() => prompt.id, { onDelete: 'cascade' }),
		note: text().notNull().default('')
	},
	(t) => [index('plan_step_plan_idx').on(t.planId, t.position)]
);

export type Prompt = typeof prompt.$inferSelect;
export type Plan = typeof plan.$inferSelect;
export type PlanStep = typeof planStep.$inferSelect;
