import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns';

export const coach = pgTable(
	'coach',
	{
		id: uuid().primaryKey().defaultRandom(),
		/** Stored lower-cased; the unique index on lower(email) guards the invariant too. */
		email: text().notNull(),
		displayName: text().notNull(),
		passwordHash: text().notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('coach_email_lower_key').on(sql`lower(${t.email})`)]
);

/** A coach's login session (Lucia-style: id + hashed secret). */
export const coachSession = pgTable(
	'coach_session',
	{
		id: text().primaryKey(),
		secretHash: bytea().notNull(),
		coachId: uuid()
			.notNull()
			.references(() => coach.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		lastActiveAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow()
	},
	(t) => [index('coach_session_coach_idx').on(t.coachId)]
);

export type Coach = typeof coach.$inferSelect;
export type CoachSession = typeof coachSession.$inferSelect;
