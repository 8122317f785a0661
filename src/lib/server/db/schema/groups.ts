import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
		createdAt: createdAt()
	},
	(t) => [index('group_coach_idx').on(t.coachId)]
);

export type Group = typeof group.$inferSelect;
