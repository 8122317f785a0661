import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import type { AnswerValue, PromptDefinition } from '$lib/prompts/kinds';
import type {
	CoachState,
	LiveSessionInfo,
	ParticipantState,
	ReleaseView,
	RoundView,
	SessionPromptView
} from '$lib/realtime/events';
import { isUniqueViolation, rowsOf, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { seal } from '$lib/server/crypto/secret-box';
import { isUuid } from '$lib/server/groups';
import { getVisiblePrompt } from '$lib/server/prompts';
import { generateJoinCode } from '$lib/server/live/join-code';
import { computeResults } from '$lib/server/live/results';

// The live-session domain: lifecycle (draft → live → ended), prompts and rounds, releases
// and the views built from them. Postgres is the source of truth; nothing here depends
// on server memory, so a restart mid-session loses nothing.

export type LiveSessionRow = typeof table.liveSession.$inferSelect;

export async function createLiveSession(
	db: Database,
	groupId: string,
	input: { title: string; k: number }
) {
	const [row] = await db
		.insert(table.liveSession)
		.values({ groupId, title: input.title, k: input.k })
		.returning();
	return row!;
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

export async function updateDraftLiveSession(
	db: Database,
	liveSessionId: string,
	input: { title: string; k: number }
) {
	const rows = await db
		.update(table.liveSession)
		.set(input)
		.where(and(eq(table.liveSession.id, liveSessionId), eq(table.liveSession.status, 'draft')))
		.returning({ id: table.liveSession.id });
	return rows.length > 0;
}

export async function deleteLiveSession(db: Database, liveSessionId: string) {
	await db.delete(table.liveSession).where(eq(table.liveSession.id, liveSessionId));
}

/**
 * Draft → live: a join code, a fresh HMAC secret (stored only encrypted), k frozen from
 * here on. Returns false when the session was not a draft.
 */
export async function startLiveSession(db: Database, appKey: Buffer, liveSessionId: string) {
	const secret = randomBytes(32);
	for (let attempt = 0; attempt < 8; attempt++) {
		try {
			const rows = await db
				.update(table.liveSession)
				.set({
					status: 'live',
					joinCode: generateJoinCode(),
					secretCiphertext: seal(appKey, secret, liveSessionId),
					startedAt: new Date(),
					lastActivityAt: new Date()
				})
				.where(and(eq(table.liveSession.id, liveSessionId), eq(table.liveSession.status, 'draft')))
				.returning({ id: table.liveSession.id });
			return rows.length > 0;
		} catch (err) {
			// A join code already in use by another live session: draw again.
			if (!isUniqueViolation(err)) throw err;
		}
	}
	throw new Error('Could not draw a free join code');
}

export async function findLiveSessionByCode(db: Database, code: string) {
	const [row] = await db
		.select({ id: table.liveSession.id, title: table.liveSession.title })
		.from(table.liveSession)
		.where(and(eq(table.liveSession.joinCode, code), eq(table.liveSession.status, 'live')));
	return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Participants: a random token on the device, its SHA-256 here, nothing else.

export async function joinLiveSession(db: Database, liveSessionId: string) {
	const token = encodeBase64urlNoPadding(randomBytes(32));
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(table.liveSession)
			.set({ joinedCount: sql`${table.liveSession.joinedCount} + 1` })
			.where(and(eq(table.liveSession.id, liveSessionId), eq(table.liveSession.status, 'live')))
			.returning({ id: table.liveSession.id });
		if (updated.length === 0) return null;
		await tx.insert(table.participant).values({ liveSessionId, tokenHash: hashToken(token) });
		return { token };
	});
}

/** The live session a participant token belongs to, while that session is live. */
export async function findParticipant(db: Database, token: string) {
	if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
	const [row] = await db
		.select({ liveSessionId: table.participant.liveSessionId })
		.from(table.participant)
		.innerJoin(table.liveSession, eq(table.liveSession.id, table.participant.liveSessionId))
		.where(
			and(eq(table.participant.tokenHash, hashToken(token)), eq(table.liveSession.status, 'live'))
		);
	return row ?? null;
}

/** "Leave": the token stops working at once; answers already given stay, unlinked. */
export async function leaveLiveSession(db: Database, token: string) {
	await db.delete(table.participant).where(eq(table.participant.tokenHash, hashToken(token)));
}

export function hashToken(token: string): Uint8Array {
	return new Uint8Array(createHash('sha256').update(token).digest());
}

// ---------------------------------------------------------------------------------------------
// Prompts of a session and their rounds.

/** Appends a typed prompt to the session's list: a row the coach owns, and the session's snapshot. */
export async function addSessionPrompt(
	db: Database,
	coachId: string,
	liveSessionId: string,
	definition: PromptDefinition
) {
	return db.transaction(async (tx) => {
		const [prompt] = await tx
			.insert(table.prompt)
			.values({ coachId, kind: definition.kind, definition })
			.returning({ id: table.prompt.id });
		return appendSnapshot(tx, liveSessionId, { promptId: prompt!.id, definition, note: '' });
	});
}

/** Appends a library prompt or one of the coach's own to the session's list, as a snapshot. */
export async function addExistingPromptToSession(
	db: Database,
	coachId: string,
	liveSessionId: string,
	promptId: string
) {
	const prompt = await getVisiblePrompt(db, coachId, promptId);
	if (!prompt) return null;
	return db.transaction((tx) =>
		appendSnapshot(tx, liveSessionId, {
			promptId: prompt.id,
			definition: prompt.definition,
			note: prompt.note
		})
	);
}

async function appendSnapshot(
	tx: Tx,
	liveSessionId: string,
	values: { promptId: string; definition: PromptDefinition; note: string }
) {
	const [{ next }] = (await tx
		.select({ next: sql<number>`coalesce(max(${table.sessionPrompt.position}), 0)::int + 1` })
		.from(table.sessionPrompt)
		.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))) as [{ next: number }];
	const [row] = await tx
		.insert(table.sessionPrompt)
		.values({ liveSessionId, position: next, ...values })
		.returning({ id: table.sessionPrompt.id });
	return row!.id;
}

/** Moves a prompt of the session's list one place up or down. */
export async function moveSessionPrompt(
	db: Database,
	liveSessionId: string,
	sessionPromptId: string,
	direction: 'up' | 'down'
) {
	if (!isUuid(sessionPromptId)) return false;
	return db.transaction(async (tx) => {
		const prompts = await tx
			.select({ id: table.sessionPrompt.id, position: table.sessionPrompt.position })
			.from(table.sessionPrompt)
			.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
			.orderBy(asc(table.sessionPrompt.position))
			.for('update');
		const i = prompts.findIndex((p) => p.id === sessionPromptId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (i < 0 || j < 0 || j >= prompts.length) return false;
		const a = prompts[i]!;
		const b = prompts[j]!;
		await tx
			.update(table.sessionPrompt)
			.set({ position: b.position })
			.where(eq(table.sessionPrompt.id, a.id));
		await tx
			.update(table.sessionPrompt)
			.set({ position: a.position })
			.where(eq(table.sessionPrompt.id, b.id));
		return true;
	});
}

export async function removeSessionPrompt(
	db: Database,
	liveSessionId: string,
	sessionPromptId: string
) {
	// A prompt that was already pushed stays: its rounds are part of the session's record.
	const rows = await db
		.delete(table.sessionPrompt)
		.where(
			and(
				eq(table.sessionPrompt.id, sessionPromptId),
				eq(table.sessionPrompt.liveSessionId, liveSessionId),
				sql`not exists (select 1 from ${table.promptRound} where ${table.promptRound.sessionPromptId} = ${table.sessionPrompt.id})`
			)
		)
		.returning({ id: table.sessionPrompt.id });
	return rows.length > 0;
}

export type CloseOutcome = { closed: boolean; released: boolean };

/**
 * Opens a new round of a session prompt for everyone. An open round is closed first
 * (and released if it reached k). Pushing a prompt again is how a prompt is reopened:
 * the new round is released on its own terms, never merged with an earlier one.
 */
export async function pushPrompt(
	db: Database,
	liveSessionId: string,
	sessionPromptId: string
): Promise<{ ok: true; roundId: string } | { ok: false; error: 'not_found' | 'not_live' }> {
	if (!isUuid(sessionPromptId)) return { ok: false, error: 'not_found' };
	return db.transaction(async (tx) => {
		const session = await lockLiveSession(tx, liveSessionId);
		if (!session) return { ok: false, error: 'not_found' } as const;
		if (session.status !== 'live') return { ok: false, error: 'not_live' } as const;
		const [prompt] = await tx
			.select({ id: table.sessionPrompt.id })
			.from(table.sessionPrompt)
			.where(
				and(
					eq(table.sessionPrompt.id, sessionPromptId),
					eq(table.sessionPrompt.liveSessionId, liveSessionId)
				)
			);
		if (!prompt) return { ok: false, error: 'not_found' } as const;
		if (session.currentRoundId) await closeRoundIn(tx, session, session.currentRoundId);
		const [{ roundNumber, sequence }] = (await tx
			.select({
				roundNumber: sql<number>`coalesce(max(${table.promptRound.roundNumber}) filter (where ${table.promptRound.sessionPromptId} = ${sessionPromptId}), 0)::int + 1`,
				sequence: sql<number>`coalesce(max(${table.promptRound.sequence}), 0)::int + 1`
			})
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, liveSessionId))) as [
			{ roundNumber: number; sequence: number }
		];
		const [round] = await tx
			.insert(table.promptRound)
			.values({ liveSessionId, sessionPromptId, roundNumber, sequence })
			.returning({ id: table.promptRound.id });
		await tx
			.update(table.liveSession)
			.set({ currentRoundId: round!.id, lastActivityAt: new Date() })
			.where(eq(table.liveSession.id, liveSessionId));
		return { ok: true, roundId: round!.id } as const;
	});
}

/**
 * Closes answering. With at least k distinct devices' non-pass answers, the results are
 * computed here, once, and stored as the round's release; below k nothing is stored.
 */
export async function closeRound(
	db: Database,
	liveSessionId: string,
	roundId: string
): Promise<{ ok: true; data: CloseOutcome } | { ok: false; error: 'not_found' }> {
	if (!isUuid(roundId)) return { ok: false, error: 'not_found' };
	return db.transaction(async (tx) => {
		const session = await lockLiveSession(tx, liveSessionId);
		if (!session) return { ok: false, error: 'not_found' } as const;
		const outcome = await closeRoundIn(tx, session, roundId);
		if (!outcome) return { ok: false, error: 'not_found' } as const;
		return { ok: true, data: outcome } as const;
	});
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function lockLiveSession(tx: Tx, liveSessionId: string) {
	const [row] = await tx
		.select({
			id: table.liveSession.id,
			status: table.liveSession.status,
			k: table.liveSession.k,
			currentRoundId: table.liveSession.currentRoundId
		})
		.from(table.liveSession)
		.where(eq(table.liveSession.id, liveSessionId))
		.for('update');
	return row ?? null;
}

async function closeRoundIn(
	tx: Tx,
	session: { id: string; k: number },
	roundId: string
): Promise<CloseOutcome | null> {
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
	if (round.status === 'closed') {
		const [release] = await tx
			.select({ roundId: table.roundRelease.roundId })
			.from(table.roundRelease)
			.where(eq(table.roundRelease.roundId, roundId));
		return { closed: false, released: Boolean(release) };
	}
	await tx
		.update(table.promptRound)
		.set({ status: 'closed' })
		.where(eq(table.promptRound.id, roundId));
	const answers = await tx
		.select({ answer: table.liveResponse.answer })
		.from(table.liveResponse)
		.where(and(eq(table.liveResponse.roundId, roundId), eq(table.liveResponse.passed, false)));
	// One row per device and round (the dedupe key is unique), so rows count devices;
	// computeResults counts only answers that fit the prompt, and that count decides.
	if (answers.length < session.k) return { closed: true, released: false };
	const results = computeResults(
		round.definition,
		answers.map((a) => a.answer as AnswerValue)
	);
	if (results.answered < session.k) return { closed: true, released: false };
	await tx.insert(table.roundRelease).values({ roundId, answered: results.answered, results });
	return { closed: true, released: true };
}

export async function setRoundRevealed(
	db: Database,
	liveSessionId: string,
	roundId: string,
	revealed: boolean
): Promise<{ ok: true } | { ok: false; error: 'not_found' | 'not_released' }> {
	if (!isUuid(roundId)) return { ok: false, error: 'not_found' };
	const [row] = await db
		.select({ id: table.promptRound.id, release: table.roundRelease.roundId })
		.from(table.promptRound)
		.leftJoin(table.roundRelease, eq(table.roundRelease.roundId, table.promptRound.id))
		.where(
			and(eq(table.promptRound.id, roundId), eq(table.promptRound.liveSessionId, liveSessionId))
		);
	if (!row) return { ok: false, error: 'not_found' };
	if (revealed && !row.release) return { ok: false, error: 'not_released' };
	await db.update(table.promptRound).set({ revealed }).where(eq(table.promptRound.id, roundId));
	return { ok: true };
}

/**
 * What the coach's room panel shows, in one query: devices that joined, and (while a round is
 * open) how many responded — answers and passes together, so a pass is never visible apart.
 */
export async function getRoomCounts(db: Database, liveSessionId: string) {
	const [row] = rowsOf<{ joined: number; responded: number }>(
		await db.execute(sql`
			select s.joined_count as joined,
				(select count(*)::int from live_response lr
					join prompt_round r on r.id = lr.round_id and r.status = 'open'
					where lr.round_id = s.current_round_id) as responded
			from live_session s where s.id = ${liveSessionId}`)
	);
	return row ? { joined: Number(row.joined), responded: Number(row.responded) } : null;
}

/** Responded while open: answers and passes together, so a pass is never visible apart. */
export async function countResponded(db: Database, roundId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(table.liveResponse)
		.where(eq(table.liveResponse.roundId, roundId));
	return row?.n ?? 0;
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

// ---------------------------------------------------------------------------------------------
// Ending: the privacy steps of PRODUCT.md.

/**
 * Ends a live session: the open round is closed (released if it reached k), the secret
 * and join code are destroyed, participants deleted, and the answers moved to `response`
 * in random order with fresh ids and no keys; then the tables that held keys, tokens and
 * the secret are rewritten (VACUUM FULL) so their old rows are gone from the files.
 */
export async function endLiveSession(
	db: Database,
	liveSessionId: string,
	by: 'coach' | 'idle'
): Promise<boolean> {
	const ended = await db.transaction(async (tx) => {
		const session = await lockLiveSession(tx, liveSessionId);
		if (!session || session.status !== 'live') return false;
		if (session.currentRoundId) await closeRoundIn(tx, session, session.currentRoundId);
		const rounds = tx
			.select({ id: table.promptRound.id })
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, liveSessionId));
		await tx.execute(sql`
			insert into ${table.response} (round_id, passed, answer)
			select round_id, passed, answer from ${table.liveResponse}
			where round_id in (${rounds})
			order by random()`);
		await tx.delete(table.liveResponse).where(inArray(table.liveResponse.roundId, rounds));
		await tx.delete(table.participant).where(eq(table.participant.liveSessionId, liveSessionId));
		await tx
			.update(table.liveSession)
			.set({
				status: 'ended',
				joinCode: null,
				secretCiphertext: null,
				endedAt: new Date(),
				endedBy: by
			})
			.where(eq(table.liveSession.id, liveSessionId));
		return true;
	});
	if (ended) await vacuumPrivateTables(db);
	return ended;
}

/** Ends every live session idle since before `now - idleMs`; returns their ids. */
export async function endIdleLiveSessions(db: Database, idleMs: number, now = new Date()) {
	const idle = await db
		.select({ id: table.liveSession.id })
		.from(table.liveSession)
		.where(
			and(
				eq(table.liveSession.status, 'live'),
				lt(table.liveSession.lastActivityAt, new Date(now.getTime() - idleMs))
			)
		);
	const ended: string[] = [];
	for (const { id } of idle) {
		if (await endLiveSession(db, id, 'idle')) ended.push(id);
	}
	return ended;
}

let vacuumQueue: Promise<unknown> = Promise.resolve();
function vacuumPrivateTables(db: Database) {
	// VACUUM cannot run in a transaction and two at once only wait on each other: queue them.
	vacuumQueue = vacuumQueue.then(async () => {
		for (const name of ['live_response', 'participant', 'live_session']) {
			await db.execute(sql.raw(`vacuum full ${name}`));
		}
	});
	return vacuumQueue;
}

// ---------------------------------------------------------------------------------------------
// Views. Every view of a closed round serves its stored release.

export async function getParticipantState(
	db: Database,
	liveSessionId: string
): Promise<ParticipantState | null> {
	const session = await getSessionRow(db, liveSessionId);
	if (!session) return null;
	const round = session.currentRoundId
		? await getRoundView(db, session, session.currentRoundId)
		: null;
	return {
		liveSession: infoOf(session),
		// Results reach the room only when the coach reveals them. "Fewer than k answered"
		// carries no answer at all, so the room is told at once that nothing will be shown.
		round:
			round &&
			(round.revealed || round.release?.state === 'below_k' ? round : { ...round, release: null })
	};
}

export async function getCoachState(
	db: Database,
	liveSessionId: string,
	origin: string
): Promise<CoachState | null> {
	const session = await getSessionRow(db, liveSessionId);
	if (!session) return null;
	const [prompts, rounds] = await Promise.all([
		db
			.select()
			.from(table.sessionPrompt)
			.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
			.orderBy(asc(table.sessionPrompt.position)),
		db
			.select({
				id: table.promptRound.id,
				sessionPromptId: table.promptRound.sessionPromptId,
				roundNumber: table.promptRound.roundNumber,
				status: table.promptRound.status,
				released: sql<boolean>`${table.roundRelease.roundId} is not null`
			})
			.from(table.promptRound)
			.leftJoin(table.roundRelease, eq(table.roundRelease.roundId, table.promptRound.id))
			.where(eq(table.promptRound.liveSessionId, liveSessionId))
			.orderBy(asc(table.promptRound.sequence))
	]);
	const promptViews: SessionPromptView[] = prompts.map((p) => ({
		id: p.id,
		position: p.position,
		prompt: p.definition,
		note: p.note,
		rounds: rounds
			.filter((r) => r.sessionPromptId === p.id)
			.map(({ id, roundNumber, status, released }) => ({ id, roundNumber, status, released }))
	}));
	return {
		liveSession: {
			...infoOf(session),
			joinCode: session.joinCode,
			joinUrl: session.joinCode ? `${origin}/join/${session.joinCode}` : null
		},
		round: session.currentRoundId ? await getRoundView(db, session, session.currentRoundId) : null,
		prompts: promptViews
	};
}

/** Every round of a session with its stored release, for the session's record. */
export async function listRoundsWithReleases(db: Database, liveSessionId: string) {
	const session = await getSessionRow(db, liveSessionId);
	if (!session) return [];
	const rounds = await db
		.select({ id: table.promptRound.id })
		.from(table.promptRound)
		.where(eq(table.promptRound.liveSessionId, liveSessionId))
		.orderBy(asc(table.promptRound.sequence));
	const views: RoundView[] = [];
	for (const r of rounds) {
		const view = await getRoundView(db, session, r.id);
		if (view) views.push(view);
	}
	return views;
}

async function getSessionRow(db: Database, liveSessionId: string) {
	if (!isUuid(liveSessionId)) return null;
	const [row] = await db
		.select()
		.from(table.liveSession)
		.where(eq(table.liveSession.id, liveSessionId));
	return row ?? null;
}

async function getRoundView(
	db: Database,
	session: { k: number },
	roundId: string
): Promise<RoundView | null> {
	const [row] = await db
		.select({
			round: table.promptRound,
			definition: table.sessionPrompt.definition,
			release: table.roundRelease
		})
		.from(table.promptRound)
		.innerJoin(table.sessionPrompt, eq(table.sessionPrompt.id, table.promptRound.sessionPromptId))
		.leftJoin(table.roundRelease, eq(table.roundRelease.roundId, table.promptRound.id))
		.where(eq(table.promptRound.id, roundId));
	if (!row) return null;
	let release: ReleaseView | null = null;
	if (row.round.status === 'closed') {
		release = row.release
			? { state: 'released', answered: row.release.answered, results: row.release.results }
			: { state: 'below_k', k: session.k };
	}
	return {
		id: row.round.id,
		sessionPromptId: row.round.sessionPromptId,
		roundNumber: row.round.roundNumber,
		prompt: row.definition,
		status: row.round.status,
		revealed: row.round.revealed,
		release
	};
}

function infoOf(session: LiveSessionRow): LiveSessionInfo {
	return { id: session.id, title: session.title, status: session.status, k: session.k };
}
