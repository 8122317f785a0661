import { asc, eq, sql } from 'drizzle-orm';
import type {
	CoachRoundView,
	CoachState,
	DisplayState,
	LiveSessionInfo,
	ParticipantState,
	RoundView,
	SessionPromptView
} from '$lib/realtime/events';
import { rowsOf, type Database, type Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import type { LiveSessionRow } from './lifecycle';
import { maskedItems, roomResults } from './moderation';
import { getRoundView, listRoundViews, releasedRoundIds, type StoredRound } from './releases';
import { displayToken } from './secrets';

// What each audience may see, built from Postgres alone. Each snapshot is read in one
// repeatable-read transaction, so it is consistent with the state version it carries; a
// client that gets two snapshots out of order keeps the one with the higher version.

const snapshotRead = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

async function getSessionRow(db: Database | Transaction, liveSessionId: string) {
	if (!isUuid(liveSessionId)) return null;
	const [row] = await db
		.select()
		.from(table.liveSession)
		.where(eq(table.liveSession.id, liveSessionId));
	return row ?? null;
}

function infoOf(session: LiveSessionRow): LiveSessionInfo {
	return { id: session.id, title: session.title, status: session.status, k: session.k };
}

async function getFilterWords(db: Database | Transaction, groupId: string): Promise<string[]> {
	const [row] = await db
		.select({ words: table.group.filterWords })
		.from(table.group)
		.where(eq(table.group.id, groupId));
	return row?.words ?? [];
}

/**
 * A round as the room sees it (phones and the display alike). Results reach the room only
 * when the coach reveals them, and then without what the coach hid and with filtered words
 * masked. "Fewer than k answered" carries no answer at all, so the room is told at once that
 * nothing will be shown. Nothing of the crisis screening is in it.
 */
function roomRound(round: StoredRound, filterWords: readonly string[]): RoundView {
	const { needsAttention: _attention, moderation, release, ...view } = round;
	void _attention;
	if (release?.state === 'below_k') return { ...view, release };
	if (!release || !round.revealed) return { ...view, release: null };
	return {
		...view,
		release: { ...release, results: roomResults(release.results, moderation, filterWords) }
	};
}

function coachRound(round: StoredRound, filterWords: readonly string[]): CoachRoundView {
	const { needsAttention, moderation, ...view } = round;
	const released = round.release?.state === 'released' ? round.release.results : null;
	return {
		...view,
		attention: needsAttention,
		hidden: { texts: moderation.hiddenTexts, words: moderation.hiddenWords },
		masked: released ? maskedItems(released, filterWords) : { texts: [], words: [] }
	};
}

async function currentRound(tx: Transaction, session: LiveSessionRow) {
	return session.currentRoundId ? getRoundView(tx, session, session.currentRoundId) : null;
}

/** What every device in the room is told (the same for all of them). */
export async function buildParticipantState(
	db: Database,
	liveSessionId: string
): Promise<ParticipantState | null> {
	return db.transaction(async (tx) => {
		const session = await getSessionRow(tx, liveSessionId);
		if (!session) return null;
		const round = await currentRound(tx, session);
		const filterWords = round ? await getFilterWords(tx, session.groupId) : [];
		return {
			version: session.stateVersion,
			liveSession: infoOf(session),
			phones: session.joinedCount,
			round: round && roomRound(round, filterWords),
			card: session.card,
			closingNote: session.closingNote
		};
	}, snapshotRead);
}

/**
 * What the room display shows: the room's own view, with the join code and its QR while the
 * room is open. The support card is for phones (read up close), and nothing of the crisis
 * screening ever reaches a shared screen.
 */
export async function buildDisplayState(
	db: Database,
	liveSessionId: string,
	origin: string,
	qrOf: (url: string) => Promise<string>
): Promise<DisplayState | null> {
	const state = await db.transaction(async (tx): Promise<DisplayState | null> => {
		const session = await getSessionRow(tx, liveSessionId);
		if (!session) return null;
		const round = await currentRound(tx, session);
		const filterWords = round ? await getFilterWords(tx, session.groupId) : [];
		const open = Boolean(session.joinCode) && !session.locked;
		return {
			version: session.stateVersion,
			liveSession: {
				...infoOf(session),
				locked: session.locked,
				joinCode: open ? session.joinCode : null,
				joinUrl: open ? `${origin}/join/${session.joinCode}` : null
			},
			qrSvg: null,
			phones: session.joinedCount,
			round: round && roomRound(round, filterWords),
			closingNote: session.card === 'closing' ? session.closingNote : null
		};
	}, snapshotRead);
	if (state?.liveSession.joinUrl) state.qrSvg = await qrOf(state.liveSession.joinUrl);
	return state;
}

/** What the coach's console shows: the join details, the current round, the prompt list. */
export async function buildCoachState(
	db: Database,
	liveSessionId: string,
	origin: string,
	secretOf: (liveSessionId: string) => Promise<Uint8Array | null>
): Promise<CoachState | null> {
	// Read outside the snapshot: a secret never changes while the session is live.
	const secret = await secretOf(liveSessionId);
	return db.transaction(async (tx) => {
		const session = await getSessionRow(tx, liveSessionId);
		if (!session) return null;
		const prompts = await tx
			.select()
			.from(table.sessionPrompt)
			.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
			.orderBy(asc(table.sessionPrompt.position));
		const rounds = await tx
			.select({
				id: table.promptRound.id,
				sessionPromptId: table.promptRound.sessionPromptId,
				roundNumber: table.promptRound.roundNumber,
				status: table.promptRound.status
			})
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, liveSessionId))
			.orderBy(asc(table.promptRound.sequence));
		const released = await releasedRoundIds(
			tx,
			rounds.map((r) => r.id)
		);
		const promptViews: SessionPromptView[] = prompts.map((p) => ({
			id: p.id,
			position: p.position,
			prompt: p.definition,
			note: p.note,
			promptNote: p.promptNote,
			promptGuide: p.promptGuide,
			participantNote: p.participantNote,
			rounds: rounds
				.filter((r) => r.sessionPromptId === p.id)
				.map(({ id, roundNumber, status }) => ({
					id,
					roundNumber,
					status,
					released: released.has(id)
				}))
		}));
		const round = await currentRound(tx, session);
		const filterWords = round ? await getFilterWords(tx, session.groupId) : [];
		return {
			version: session.stateVersion,
			liveSession: {
				...infoOf(session),
				joinCode: session.joinCode,
				joinUrl: session.joinCode ? `${origin}/join/${session.joinCode}` : null,
				locked: session.locked,
				card: session.card,
				closingNote: session.closingNote,
				displayUrl:
					secret && session.status === 'live'
						? `${origin}/display/${session.id}#${displayToken(secret)}`
						: null
			},
			round: round && coachRound(round, filterWords),
			prompts: promptViews
		};
	}, snapshotRead);
}

/**
 * Joined, and (while a round is open) responded — answers and passes together, so a pass is
 * never visible apart. One small query; "in the room" is counted by the realtime layer.
 */
export async function getRoomCounts(db: Database, liveSessionId: string) {
	if (!isUuid(liveSessionId)) return null;
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

/** Every round of a session with its stored release, for the session's record. */
export async function buildRecord(db: Database, liveSessionId: string) {
	const session = await getSessionRow(db, liveSessionId);
	if (!session) return [];
	return listRoundViews(db, session);
}

/** The prompt list of a draft (the session page before going live). */
export async function listSessionPrompts(db: Database, liveSessionId: string) {
	return db
		.select({
			id: table.sessionPrompt.id,
			// The library or own prompt it was taken from: the search marks it "In this session".
			promptId: table.sessionPrompt.promptId,
			definition: table.sessionPrompt.definition,
			note: table.sessionPrompt.note
		})
		.from(table.sessionPrompt)
		.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
		.orderBy(asc(table.sessionPrompt.position));
}
