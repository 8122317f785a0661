import { and, eq, sql } from 'drizzle-orm';
import { isAnswerable, type AnswerValue } from '$lib/prompts/kinds';
import { failure, ok, type Result } from '$lib/result';
import type { Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import type { LockedLiveSession } from './lifecycle';
import { hasRelease, hasReleasedSameQuestion, storeRelease } from './releases';
import { answerNeedsAttention, flaggedItems } from './moderation';
import { computeResults } from './results';

// Rounds: one time a prompt is open for answers. Every function here runs inside a
// transaction that already holds the live session's row lock (lifecycle.ts).

/**
 * Opens a new round of a session prompt for everyone. An open round is closed first (and
 * released if it reached k). Asking a prompt again is a new round, released on its own
 * terms and never merged with an earlier one.
 */
export async function pushIn(
	tx: Transaction,
	session: LockedLiveSession,
	sessionPromptId: string
): Promise<Result<{ roundId: string }>> {
	if (!isUuid(sessionPromptId)) return failure('not_found');
	const [prompt] = await tx
		.select({ id: table.sessionPrompt.id })
		.from(table.sessionPrompt)
		.where(
			and(
				eq(table.sessionPrompt.id, sessionPromptId),
				eq(table.sessionPrompt.liveSessionId, session.id)
			)
		);
	if (!prompt) return failure('not_found');
	// Two releases of one question differ by whoever came, left or changed their mind between
	// them: their difference would be a release of fewer than k answers. So a question that has
	// released once is not asked again in this session (one that released nothing may be).
	if (await hasReleasedSameQuestion(tx, session.id, sessionPromptId)) {
		return failure('already_released');
	}
	if (session.currentRoundId) await closeRoundIn(tx, session, session.currentRoundId);
	const [{ roundNumber, sequence }] = (await tx
		.select({
			roundNumber: sql<number>`coalesce(max(${table.promptRound.roundNumber}) filter (where ${table.promptRound.sessionPromptId} = ${sessionPromptId}), 0)::int + 1`,
			sequence: sql<number>`coalesce(max(${table.promptRound.sequence}), 0)::int + 1`
		})
		.from(table.promptRound)
		.where(eq(table.promptRound.liveSessionId, session.id))) as [
		{ roundNumber: number; sequence: number }
	];
	const [round] = await tx
		.insert(table.promptRound)
		.values({ liveSessionId: session.id, sessionPromptId, roundNumber, sequence })
		.returning({ id: table.promptRound.id });
	await tx
		.update(table.liveSession)
		// The next prompt takes down any card the coach had put on the phones.
		.set({ currentRoundId: round!.id, card: null, lastActivityAt: new Date() })
		.where(eq(table.liveSession.id, session.id));
	return ok({ roundId: round!.id });
}

export type CloseOutcome = { closed: boolean; released: boolean };

/**
 * Closes answering. With at least k distinct devices' non-pass answers the results are
 * computed here, once, and stored as the round's release; below k nothing is stored.
 * Null when the round is not one of this session's.
 */
export async function closeRoundIn(
	tx: Transaction,
	session: Pick<LockedLiveSession, 'id' | 'k'>,
	roundId: string
): Promise<CloseOutcome | null> {
	if (!isUuid(roundId)) return null;
	// FOR UPDATE waits for answer batches that hold the round FOR SHARE: every answer
	// acknowledged before the close is counted, and none is accepted after it.
	const [round] = await tx
		.select({
			id: table.promptRound.id,
			status: table.promptRound.status,
			definition: table.sessionPrompt.definition
		})
		.from(table.promptRound)
		.innerJoin(table.sessionPrompt, eq(table.sessionPrompt.id, table.promptRound.sessionPromptId))
		.where(and(eq(table.promptRound.id, roundId), eq(table.promptRound.liveSessionId, session.id)))
		.for('update', { of: table.promptRound });
	if (!round) return null;
	if (round.status === 'closed') return { closed: false, released: await hasRelease(tx, roundId) };
	const rows = await tx
		.select({ passed: table.liveResponse.passed, answer: table.liveResponse.answer })
		.from(table.liveResponse)
		.where(eq(table.liveResponse.roundId, roundId));
	// One row per device and round (the dedupe key is unique), so rows count devices;
	// computeResults counts only answers that fit the prompt, and that count decides.
	const answers = rows.filter((r) => !r.passed).map((r) => r.answer as AnswerValue);
	// A moment asks nothing, so it has no answers and nothing to release.
	const results =
		answers.length >= session.k && isAnswerable(round.definition)
			? computeResults(round.definition, answers)
			: null;
	const released = results !== null && results.answered >= session.k;
	// Screened at close, not as answers arrive, so the coach's notice points at no moment and
	// so at no one. And only with at least k answers, like every other view: below k the notice
	// would point at one of too few people. (The writer was offered support on their own phone
	// as they sent it, whatever the count.) What showed signs of crisis stays off the room until
	// the coach has read it.
	const needsAttention =
		answers.length >= session.k &&
		answers.some((answer) => answerNeedsAttention(round.definition, answer));
	const flagged = released && needsAttention ? flaggedItems(results) : null;
	await tx
		.update(table.promptRound)
		.set({
			status: 'closed',
			answeredCount: released ? results.answered : answers.length,
			passedCount: rows.length - answers.length,
			needsAttention,
			...(flagged ?? {})
		})
		.where(eq(table.promptRound.id, roundId));
	if (released) await storeRelease(tx, roundId, results);
	return { closed: true, released };
}

/** Shows or hides a round's release to the room; only a stored release can be shown. */
export async function revealIn(
	tx: Transaction,
	session: LockedLiveSession,
	roundId: string,
	revealed: boolean
): Promise<Result> {
	if (!isUuid(roundId)) return failure('not_found');
	const [round] = await tx
		.select({ id: table.promptRound.id })
		.from(table.promptRound)
		.where(and(eq(table.promptRound.id, roundId), eq(table.promptRound.liveSessionId, session.id)));
	if (!round) return failure('not_found');
	if (revealed && !(await hasRelease(tx, roundId))) return failure('not_released');
	await tx.update(table.promptRound).set({ revealed }).where(eq(table.promptRound.id, roundId));
	return ok();
}
