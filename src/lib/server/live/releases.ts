import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { PromptResults } from '$lib/prompts/kinds';
import type { ReleaseView, RoundView } from '$lib/realtime/events';
import { rowsOf, type Database, type Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';

// The only module that reads or writes `round_release`. A release is computed once, when a
// round closes with at least k answers, and every view — the console, the room, a reload, a
// reconnect, the ended record, and later summaries and exports — is served this stored row
// through the functions below. So no two views of a round can differ, by construction.

type Reader = Database | Transaction;

export async function storeRelease(tx: Transaction, roundId: string, results: PromptResults) {
	await tx.insert(table.roundRelease).values({ roundId, answered: results.answered, results });
}

export async function hasRelease(db: Reader, roundId: string): Promise<boolean> {
	const [row] = await db
		.select({ roundId: table.roundRelease.roundId })
		.from(table.roundRelease)
		.where(eq(table.roundRelease.roundId, roundId));
	return Boolean(row);
}

/**
 * Whether this live session already released the question of this session prompt: a round
 * of it, or of another entry in the session's list that is the same prompt or asks exactly
 * the same thing (the same prompt added twice would otherwise be a way round the rule).
 */
export async function hasReleasedSameQuestion(
	db: Reader,
	liveSessionId: string,
	sessionPromptId: string
): Promise<boolean> {
	const rows = rowsOf(
		await db.execute(sql`
			select 1 from ${table.roundRelease} rr
			join ${table.promptRound} r on r.id = rr.round_id
			join ${table.sessionPrompt} asked on asked.id = r.session_prompt_id
			join ${table.sessionPrompt} target on target.id = ${sessionPromptId}
			where r.live_session_id = ${liveSessionId}
				and (asked.id = target.id or asked.prompt_id = target.prompt_id
					or asked.definition = target.definition)
			limit 1`)
	);
	return rows.length > 0;
}

/** The rounds of a live session that were released (a subquery, for the end's archive). */
export function releasedRoundsOf(db: Reader, liveSessionId: string) {
	return db
		.select({ id: table.roundRelease.roundId })
		.from(table.roundRelease)
		.innerJoin(table.promptRound, eq(table.promptRound.id, table.roundRelease.roundId))
		.where(eq(table.promptRound.liveSessionId, liveSessionId));
}

/** Ids of the released rounds among these. */
export async function releasedRoundIds(db: Reader, roundIds: string[]): Promise<Set<string>> {
	if (roundIds.length === 0) return new Set();
	const rows = await db
		.select({ roundId: table.roundRelease.roundId })
		.from(table.roundRelease)
		.where(inArray(table.roundRelease.roundId, roundIds));
	return new Set(rows.map((r) => r.roundId));
}

/**
 * A round with its stored release, and what only the coach may know of it: the notice of
 * signs of crisis and what is kept off the room. views.ts makes each audience's view of it.
 */
export type StoredRound = RoundView & {
	needsAttention: boolean;
	moderation: { hiddenTexts: number[]; hiddenWords: string[] };
};

/** One round as any view shows it: while open, its status only; once closed, its release. */
export async function getRoundView(
	db: Reader,
	session: { k: number },
	roundId: string
): Promise<StoredRound | null> {
	const [row] = await roundViewQuery(db).where(eq(table.promptRound.id, roundId));
	return row ? toRoundView(row, session.k) : null;
}

/** Every round of a live session in the order asked, each with its stored release. */
export async function listRoundViews(
	db: Reader,
	session: { id: string; k: number }
): Promise<StoredRound[]> {
	const rows = await roundViewQuery(db)
		.where(eq(table.promptRound.liveSessionId, session.id))
		.orderBy(asc(table.promptRound.sequence));
	return rows.map((row) => toRoundView(row, session.k));
}

function roundViewQuery(db: Reader) {
	return db
		.select({
			round: table.promptRound,
			definition: table.sessionPrompt.definition,
			participantNote: table.sessionPrompt.participantNote,
			release: table.roundRelease
		})
		.from(table.promptRound)
		.innerJoin(table.sessionPrompt, eq(table.sessionPrompt.id, table.promptRound.sessionPromptId))
		.leftJoin(table.roundRelease, eq(table.roundRelease.roundId, table.promptRound.id))
		.$dynamic();
}

function toRoundView(
	row: {
		round: typeof table.promptRound.$inferSelect;
		definition: RoundView['prompt'];
		participantNote: string;
		release: typeof table.roundRelease.$inferSelect | null;
	},
	k: number
): StoredRound {
	let release: ReleaseView | null = null;
	// A moment asks nothing: it has nothing to release, and no "fewer than k" to tell either.
	if (row.round.status === 'closed' && row.definition.kind !== 'moment') {
		release = row.release
			? { state: 'released', answered: row.release.answered, results: row.release.results }
			: { state: 'below_k', k };
	}
	return {
		id: row.round.id,
		sessionPromptId: row.round.sessionPromptId,
		roundNumber: row.round.roundNumber,
		prompt: row.definition,
		participantNote: row.participantNote,
		status: row.round.status,
		revealed: row.round.revealed,
		release,
		needsAttention: row.round.needsAttention,
		moderation: { hiddenTexts: row.round.hiddenTexts, hiddenWords: row.round.hiddenWords }
	};
}
