import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { isUniqueViolation, type Database, type Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { generateJoinCode } from './join-code';
import { releasedRoundsOf } from './releases';
import { closeRoundIn } from './rounds';
import { drawSealedSecret } from './secrets';

// A live session's lifecycle, draft → live → ended, and the row lock that every change
// takes first. Postgres is the source of truth: nothing here depends on server memory, so a
// restart (or another process) mid-session loses nothing.

export type LiveSessionRow = typeof table.liveSession.$inferSelect;

/** What a use case learns from the row it locked. */
export type LockedLiveSession = {
	id: string;
	status: LiveSessionRow['status'];
	k: number;
	currentRoundId: string | null;
	groupId: string;
};

const lockedColumns = {
	id: table.liveSession.id,
	status: table.liveSession.status,
	k: table.liveSession.k,
	currentRoundId: table.liveSession.currentRoundId,
	groupId: table.liveSession.groupId
};

/**
 * Locks the live session's row (FOR UPDATE) if this coach owns it. Every change to a live
 * session starts here, so changes to one session are serialized and each sees the status
 * that the one before it left.
 */
export async function lockOwnedLiveSession(
	tx: Transaction,
	coachId: string,
	liveSessionId: string
): Promise<LockedLiveSession | null> {
	if (!isUuid(liveSessionId)) return null;
	const [row] = await tx
		.select(lockedColumns)
		.from(table.liveSession)
		.innerJoin(table.group, eq(table.group.id, table.liveSession.groupId))
		.where(and(eq(table.liveSession.id, liveSessionId), eq(table.group.coachId, coachId)))
		.for('update', { of: table.liveSession });
	return row ?? null;
}

/** The same lock for the idle timeout, only if the session is still live and still idle. */
export async function lockIdleLiveSession(
	tx: Transaction,
	liveSessionId: string,
	idleSince: Date
): Promise<LockedLiveSession | null> {
	const [row] = await tx
		.select(lockedColumns)
		.from(table.liveSession)
		.where(
			and(
				eq(table.liveSession.id, liveSessionId),
				eq(table.liveSession.status, 'live'),
				lt(table.liveSession.lastActivityAt, idleSince)
			)
		)
		.for('update');
	return row ?? null;
}

/** A live session's status, or null for none. */
export async function getLiveSessionStatus(db: Database, liveSessionId: string) {
	if (!isUuid(liveSessionId)) return null;
	const [row] = await db
		.select({ status: table.liveSession.status })
		.from(table.liveSession)
		.where(eq(table.liveSession.id, liveSessionId));
	return row?.status ?? null;
}

/** Marks a change that consoles or the room see; their snapshots carry the new version. */
export async function bumpStateVersion(tx: Transaction, liveSessionId: string) {
	await tx
		.update(table.liveSession)
		.set({ stateVersion: sql`${table.liveSession.stateVersion} + 1` })
		.where(eq(table.liveSession.id, liveSessionId));
}

export async function insertLiveSession(
	tx: Transaction,
	groupId: string,
	input: { title: string; k: number; closingNote: string }
) {
	const [row] = await tx
		.insert(table.liveSession)
		.values({ groupId, title: input.title, k: input.k, closingNote: input.closingNote })
		.returning({ id: table.liveSession.id });
	return row!.id;
}

export async function listLiveSessions(db: Database, groupId: string) {
	return db
		.select({
			id: table.liveSession.id,
			title: table.liveSession.title,
			status: table.liveSession.status,
			k: table.liveSession.k,
			createdAt: table.liveSession.createdAt,
			startedAt: table.liveSession.startedAt,
			endedAt: table.liveSession.endedAt,
			joinedCount: table.liveSession.joinedCount
		})
		.from(table.liveSession)
		.where(eq(table.liveSession.groupId, groupId))
		.orderBy(desc(table.liveSession.createdAt));
}

/** The live session with its group, if this coach owns it; null otherwise. */
export async function getOwnedLiveSession(db: Database, coachId: string, liveSessionId: string) {
	if (!isUuid(liveSessionId)) return null;
	const [row] = await db
		.select({ liveSession: table.liveSession, group: table.group })
		.from(table.liveSession)
		.innerJoin(table.group, eq(table.group.id, table.liveSession.groupId))
		.where(and(eq(table.liveSession.id, liveSessionId), eq(table.group.coachId, coachId)));
	return row ?? null;
}

/** A live session that is live, by its join code. */
export async function findLiveSessionByCode(db: Database, code: string) {
	const [row] = await db
		.select({
			id: table.liveSession.id,
			title: table.liveSession.title,
			k: table.liveSession.k,
			groupId: table.liveSession.groupId,
			locked: table.liveSession.locked,
			phones: table.liveSession.joinedCount
		})
		.from(table.liveSession)
		.where(and(eq(table.liveSession.joinCode, code), eq(table.liveSession.status, 'live')));
	return row ?? null;
}

/** Draft → live: a join code, a fresh HMAC secret (stored only sealed), k frozen from here on. */
export async function startIn(tx: Transaction, appKey: Buffer, liveSessionId: string) {
	await tx
		.update(table.liveSession)
		.set({
			status: 'live',
			secretCiphertext: drawSealedSecret(appKey, liveSessionId),
			startedAt: new Date(),
			lastActivityAt: new Date(),
			stateVersion: sql`${table.liveSession.stateVersion} + 1`
		})
		.where(eq(table.liveSession.id, liveSessionId));
	await drawJoinCodeIn(tx, liveSessionId);
}

/**
 * Gives a live session a new join code (at go-live, and when the coach rotates a code that
 * leaked: the old one stops working, phones already in stay). A code already in use by another
 * live session is drawn again, in a savepoint, so the surrounding transaction survives the
 * unique violation.
 */
export async function drawJoinCodeIn(tx: Transaction, liveSessionId: string): Promise<string> {
	for (let attempt = 0; attempt < 8; attempt++) {
		const joinCode = generateJoinCode();
		try {
			await tx.transaction(async (savepoint) => {
				await savepoint
					.update(table.liveSession)
					.set({ joinCode })
					.where(eq(table.liveSession.id, liveSessionId));
			});
			return joinCode;
		} catch (err) {
			if (!isUniqueViolation(err)) throw err;
		}
	}
	throw new Error('Could not draw a free join code');
}

/**
 * Live → ended, in the caller's transaction: the open round is closed (and released if it
 * reached k); the answers of released rounds move to `response` in random order with fresh
 * ids and no keys, and the answers of rounds that released nothing are deleted (their rounds
 * keep only the counts); participants are deleted; the join code and sealed secret are
 * destroyed. The tables are rewritten afterwards (cleanup.ts), outside this transaction.
 */
export async function endIn(tx: Transaction, session: LockedLiveSession, by: 'coach' | 'idle') {
	if (session.currentRoundId) await closeRoundIn(tx, session, session.currentRoundId);
	await tx.execute(sql`
		insert into ${table.response} (round_id, passed, answer)
		select round_id, passed, answer from ${table.liveResponse}
		where round_id in (${releasedRoundsOf(tx, session.id)})
		order by random()`);
	const rounds = tx
		.select({ id: table.promptRound.id })
		.from(table.promptRound)
		.where(eq(table.promptRound.liveSessionId, session.id));
	await tx.delete(table.liveResponse).where(inArray(table.liveResponse.roundId, rounds));
	await tx.delete(table.participant).where(eq(table.participant.liveSessionId, session.id));
	await tx
		.update(table.liveSession)
		.set({
			status: 'ended',
			joinCode: null,
			secretCiphertext: null,
			card: null,
			// Nothing is current any more; nor does a later write of this row name a round.
			currentRoundId: null,
			endedAt: new Date(),
			endedBy: by,
			cleanupPending: true,
			stateVersion: sql`${table.liveSession.stateVersion} + 1`
		})
		.where(eq(table.liveSession.id, session.id));
}

/** Live sessions with no activity since `before`. */
export async function listIdleLiveSessions(db: Database, before: Date) {
	const rows = await db
		.select({ id: table.liveSession.id })
		.from(table.liveSession)
		.where(and(eq(table.liveSession.status, 'live'), lt(table.liveSession.lastActivityAt, before)));
	return rows.map((r) => r.id);
}

export async function touchLiveSessions(db: Database, liveSessionIds: string[], now = new Date()) {
	if (liveSessionIds.length === 0) return;
	await db
		.update(table.liveSession)
		.set({ lastActivityAt: now })
		.where(
			and(inArray(table.liveSession.id, liveSessionIds), eq(table.liveSession.status, 'live'))
		);
}
