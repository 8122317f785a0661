import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { EMPTY_GUIDE, type FacilitationGuide } from '$lib/prompts/guide';
import type { PromptDefinition, PromptResults } from '$lib/prompts/kinds';
import { bytea, createdAt } from './columns';
import { group } from './groups';
import { prompt } from './prompts';

// Privacy model: ids are UUID v4 (gen_random_uuid), never time-ordered.
// Nothing here ties an answer to a participant: live_response carries only a keyed
// hash that differs for every device *and* round, and the archived `response` not even that.

export const liveSessionStatus = ['draft', 'live', 'ended'] as const;
export type LiveSessionStatus = (typeof liveSessionStatus)[number];

/** One meeting of a group: draft → live → ended. */
export const liveSession = pgTable(
	'live_session',
	{
		id: uuid().primaryKey().defaultRandom(),
		groupId: uuid()
			.notNull()
			.references(() => group.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		/** Minimum distinct devices with a non-pass answer before a round is released; frozen at go-live. */
		k: integer().notNull(),
		status: text().$type<LiveSessionStatus>().notNull().default('draft'),
		/** Only while live. */
		joinCode: text(),
		/** HMAC secret for dedupe keys, AES-GCM encrypted with the app key; destroyed at the end. */
		secretCiphertext: bytea(),
		currentRoundId: uuid(),
		/** No new phones may join (those already in stay). */
		locked: boolean().notNull().default(false),
		/** A card the coach put on every phone: the support resources, or the closing card. */
		card: text().$type<'support' | 'closing'>(),
		/** The closing card's words (from the plan, or the coach's). */
		closingNote: text().notNull().default(''),
		/**
		 * Goes up by one in every change that a console or the room sees (a prompt added,
		 * pushed, closed, revealed; the end). Snapshots carry it, so a client that receives two
		 * out of order keeps the newer. Answers do not change it.
		 */
		stateVersion: integer().notNull().default(0),
		joinedCount: integer().notNull().default(0),
		createdAt: createdAt(),
		startedAt: timestamp({ withTimezone: true, mode: 'date' }),
		endedAt: timestamp({ withTimezone: true, mode: 'date' }),
		endedBy: text().$type<'coach' | 'idle'>(),
		/**
		 * Set when the session ends, cleared once the tables that held its keys, tokens and
		 * secret have been rewritten; the idle sweep retries a cleanup that failed.
		 */
		cleanupPending: boolean().notNull().default(false),
		/** The coach's own facilitation notes for this session; theirs alone. */
		notes: text().notNull().default(''),
		/** When the written answers were deleted after the group's retention time. */
		textsDeletedAt: timestamp({ withTimezone: true, mode: 'date' }),
		lastActivityAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow()
	},
	(t) => [
		index('live_session_group_idx').on(t.groupId),
		uniqueIndex('live_session_join_code_key')
			.on(t.joinCode)
			.where(sql`${t.joinCode} is not null`),
		index('live_session_live_idx').on(t.status, t.lastActivityAt)
	]
);

/**
 * The session's own list of prompts: a snapshot of each prompt's definition, so that
 * editing a prompt later never changes what a past session asked.
 */
export const sessionPrompt = pgTable(
	'session_prompt',
	{
		id: uuid().primaryKey().defaultRandom(),
		liveSessionId: uuid()
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		promptId: uuid().references(() => prompt.id, { onDelete: 'set null' }),
		definition: jsonb().$type<PromptDefinition>().notNull(),
		/** The plan step's note for the facilitator, copied with the step. */
		note: text().notNull().default(''),
		/** The prompt's own note for the facilitator, shown beside the step's, never replaced by it. */
		promptNote: text().notNull().default(''),
		/** The prompt's facilitation guide (what to say before, what to watch for, whether to reveal), copied with it. */
		promptGuide: jsonb().$type<FacilitationGuide>().notNull().default(EMPTY_GUIDE),
		/** Shown under the prompt on the phone. */
		// Not named after participants: no column may read as if it pointed at one.
		participantNote: text('guidance').notNull().default('')
	},
	(t) => [index('session_prompt_session_idx').on(t.liveSessionId, t.position)]
);

/** One time a prompt is open for answers; reopening starts another round. */
export const promptRound = pgTable(
	'prompt_round',
	{
		id: uuid().primaryKey().defaultRandom(),
		liveSessionId: uuid()
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		sessionPromptId: uuid()
			.notNull()
			.references(() => sessionPrompt.id, { onDelete: 'cascade' }),
		/** 1 for the first time this prompt was pushed, 2 after a reopen, … */
		roundNumber: integer().notNull(),
		/** Order of rounds within the live session. */
		sequence: integer().notNull(),
		status: text().$type<'open' | 'closed'>().notNull().default('open'),
		revealed: boolean().notNull().default(false),
		/**
		 * Counted once, when answering closes: devices that answered and devices that passed.
		 * A round that released nothing keeps only these after the end; its answers are deleted.
		 */
		answeredCount: integer(),
		passedCount: integer(),
		/**
		 * Set at close when an answer of the round showed signs of crisis. The coach is told
		 * that "an answer may need attention", never which one or whose; the room never is.
		 */
		needsAttention: boolean().notNull().default(false),
		/**
		 * What the coach keeps off the room's screens: positions in the release's texts, and
		 * words. The stored release is never changed by it.
		 */
		hiddenTexts: integer()
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		hiddenWords: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`)
	},
	(t) => [
		index('prompt_round_session_idx').on(t.liveSessionId),
		unique('prompt_round_sequence_key').on(t.liveSessionId, t.sequence)
	]
);

/**
 * The results of a closed round with at least k answers, computed once at close. Every
 * view serves this row, never a fresh computation: two views can then never differ by
 * fewer than k answers.
 */
export const roundRelease = pgTable('round_release', {
	roundId: uuid()
		.primaryKey()
		.references(() => promptRound.id, { onDelete: 'cascade' }),
	answered: integer().notNull(),
	results: jsonb().$type<PromptResults>().notNull()
});

/** A device in a live session: only the SHA-256 of its random token. Deleted at the end. */
export const participant = pgTable(
	'participant',
	{
		id: uuid().primaryKey().defaultRandom(),
		liveSessionId: uuid()
			.notNull()
			.references(() => liveSession.id, { onDelete: 'cascade' }),
		tokenHash: bytea().notNull()
	},
	(t) => [uniqueIndex('participant_token_hash_key').on(t.tokenHash)]
);

/**
 * Answers while the session is live. dedupe_key = HMAC(session secret, token ‖ round id)
 * keeps one answer per device and round without a participant column. At the end the
 * rows move to `response` in random order with fresh ids, and this table is vacuumed.
 * Allow-listed columns only (a schema test enforces it): no timestamps, no counters.
 */
export const liveResponse = pgTable(
	'live_response',
	{
		id: uuid().primaryKey().defaultRandom(),
		roundId: uuid()
			.notNull()
			.references(() => promptRound.id, { onDelete: 'cascade' }),
		dedupeKey: bytea().notNull(),
		passed: boolean().notNull(),
		answer: jsonb()
	},
	(t) => [
		uniqueIndex('live_response_dedupe_key').on(t.dedupeKey),
		index('live_response_round_idx').on(t.roundId)
	]
);

/** Answers of ended sessions: no key of any kind, ids fresh, rows in random order. */
export const response = pgTable(
	'response',
	{
		id: uuid().primaryKey().defaultRandom(),
		roundId: uuid()
			.notNull()
			.references(() => promptRound.id, { onDelete: 'cascade' }),
		passed: boolean().notNull(),
		answer: jsonb()
	},
	(t) => [index('response_round_idx').on(t.roundId)]
);

export type LiveSession = typeof liveSession.$inferSelect;
export type SessionPrompt = typeof sessionPrompt.$inferSelect;
export type PromptRound = typeof promptRound.$inferSelect;
export type RoundRelease = typeof roundRelease.$inferSelect;
