import { eq } from 'drizzle-orm';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { failure, ok, type Failure, type Result } from '$lib/result';
import type { AnswerSubmission } from '$lib/schemas/live-sessions';
import type { Database, Maintenance, Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { getOwnedGroup, isUuid } from '$lib/server/groups';
import { logError } from '$lib/server/log';
import { getPlan } from '$lib/server/plans';
import { joinQrSvg } from '$lib/server/qr';
import { createAnswers } from './answers';
import { cleanUpEndedSessions, plainMaintenance } from './cleanup';
import {
	bumpStateVersion,
	drawJoinCodeIn,
	endIn,
	findLiveSessionByCode,
	getLiveSessionStatus,
	getOwnedLiveSession,
	insertLiveSession,
	listIdleLiveSessions,
	listLiveSessions,
	lockIdleLiveSession,
	lockOwnedLiveSession,
	startIn,
	touchLiveSessions,
	type LockedLiveSession
} from './lifecycle';
import type { Audience, LiveNotify } from './notify';
import { deleteParticipant, findParticipant, insertParticipant } from './participants';
import { setHiddenIn, type HideTarget } from './moderation';
import {
	parseClosingNote,
	setLockedIn,
	showCardIn,
	DEFAULT_CLOSING_NOTE,
	type RoomCard
} from './room';
import { closeRoundIn, pushIn, revealIn } from './rounds';
import { isDisplayToken, SecretStore } from './secrets';
import {
	addExistingPromptIn,
	addTypedPromptIn,
	appendPlanStepsIn,
	movePromptIn,
	removePromptIn
} from './session-prompts';
import { statusError, type Operation } from './status';
import {
	buildCoachState,
	buildDisplayState,
	buildParticipantState,
	buildRecord,
	getRoomCounts,
	listSessionPrompts
} from './views';

// The live-session domain: every rule and every whole use case of a live session, created
// once per process with its dependencies. Form actions, socket handlers and the operator CLI
// are thin callers; each committed change is announced through `notify`, whichever caller
// made it. Every command returns the one Result shape of $lib/result.

export interface LiveDeps {
	db: Database;
	/** Seals live-session secrets; never stored in the database. */
	appKey: Buffer;
	notify: LiveNotify;
	/** The public address, for join links in the console. */
	origin: string;
	/** A live session with no activity for this long ends by itself. */
	idleTimeoutMs: number;
	/** The deployment's smallest k. */
	minK: number;
	/** The engine's way to rewrite tables after an end (the database handle's). */
	maintenance?: Maintenance;
}

/** A signed-in coach acting on a live session; ownership is checked by every command. */
export interface CoachActor {
	coachId: string;
	liveSessionId: string;
}

/** A device in a live session. The raw token stays in memory, for dedupe keys only. */
export interface ParticipantActor {
	liveSessionId: string;
	token: string;
}

export type AddPromptInput = { definition: PromptDefinition } | { promptId: string };

export const MAX_K = 50;

/** Thrown inside a transaction to roll it back and return the refusal as a Result. */
class Refusal extends Error {
	constructor(readonly result: Failure) {
		super(result.error);
	}
}

export function createLiveDomain(deps: LiveDeps) {
	const { db, notify } = deps;
	const secrets = new SecretStore(db, deps.appKey);
	const maintenance = deps.maintenance ?? plainMaintenance(db);
	const answers = createAnswers({ db, secrets });

	/** Announcing never decides an outcome: the change is committed already. */
	async function announce(run: () => unknown) {
		try {
			await run();
		} catch (err) {
			logError('notify_failed', err);
		}
	}

	/**
	 * A coach's change in one transaction: lock the owned session's row, apply the status
	 * rule of `operation`, run, and (when `bump`) raise the state version. A refusal rolls
	 * the transaction back, so nothing stored changes.
	 */
	async function change<T>(
		actor: CoachActor,
		operation: Operation,
		run: (tx: Transaction, session: LockedLiveSession) => Promise<Result<T>>,
		options: { bump: boolean } = { bump: true }
	): Promise<{ result: Result<T>; wasLive: boolean }> {
		try {
			return await db.transaction(async (tx) => {
				const session = await lockOwnedLiveSession(tx, actor.coachId, actor.liveSessionId);
				if (!session) throw new Refusal(failure('not_found'));
				const refused = statusError(operation, session.status);
				if (refused) throw new Refusal(failure(refused));
				const result = await run(tx, session);
				if (!result.ok) throw new Refusal(result);
				if (options.bump) await bumpStateVersion(tx, session.id);
				return { result, wasLive: session.status === 'live' };
			});
		} catch (err) {
			if (err instanceof Refusal) return { result: err.result, wasLive: false };
			throw err;
		}
	}

	/**
	 * A change to the prompt list or the rounds, announced once committed: consoles (and, for
	 * 'everyone', the room) resync. A draft has no console or room connected; its page reloads
	 * after a form post.
	 */
	async function announced<T>(
		liveSessionId: string,
		audience: Audience,
		outcome: { result: Result<T>; wasLive: boolean }
	): Promise<Result<T>> {
		if (outcome.result.ok && outcome.wasLive) {
			await announce(() => notify.stateChanged(liveSessionId, audience));
		}
		return outcome.result;
	}

	/** What follows every end, by the coach or the idle timeout: tell, forget, then clean up. */
	async function afterEnd(liveSessionId: string) {
		secrets.forget(liveSessionId);
		await announce(() => notify.ended(liveSessionId));
		await cleanUpEndedSessions(db, maintenance);
	}

	// A join link's QR, drawn once per code (a code changes at go-live and on rotation only).
	const qrCodes = new Map<string, Promise<string>>();
	function qrOf(url: string): Promise<string> {
		let qr = qrCodes.get(url);
		if (!qr) {
			if (qrCodes.size > 200) qrCodes.clear();
			qr = joinQrSvg(url);
			qrCodes.set(url, qr);
		}
		return qr;
	}

	function checkK(k: number): Failure | null {
		if (!Number.isInteger(k) || k < deps.minK || k > MAX_K) {
			return failure('invalid_payload', {
				k: `Choose a number of answers from ${deps.minK} to ${MAX_K}.`
			});
		}
		return null;
	}

	return {
		// ---- Drafts and lifecycle ----

		/** A new draft in one of the coach's groups, optionally with a plan's steps as its prompts. */
		async create(
			coachId: string,
			groupId: string,
			input: { title: string; k: number; planId?: string | null }
		): Promise<Result<{ liveSessionId: string }>> {
			const badK = checkK(input.k);
			if (badK) return badK;
			const group = await getOwnedGroup(db, coachId, groupId);
			if (!group) return failure('not_found');
			const plan = input.planId ? await getPlan(db, coachId, input.planId) : null;
			if (input.planId && !plan) {
				return failure('invalid_payload', { planId: 'Choose one of the plans listed.' });
			}
			const liveSessionId = await db.transaction(async (tx) => {
				const id = await insertLiveSession(tx, group.id, {
					...input,
					// A plan decides whether the session ends with a closing card; a session
					// without a plan has one.
					closingNote: plan ? (plan.plan.closingNote ?? '') : DEFAULT_CLOSING_NOTE
				});
				if (plan) await appendPlanStepsIn(tx, id, plan.steps);
				return id;
			});
			return ok({ liveSessionId });
		},

		async updateDraft(actor: CoachActor, input: { title: string; k: number }): Promise<Result> {
			const badK = checkK(input.k);
			if (badK) return badK;
			return (
				await change(actor, 'updateDraft', async (tx) => {
					await tx
						.update(table.liveSession)
						.set({ title: input.title, k: input.k })
						.where(eq(table.liveSession.id, actor.liveSessionId));
					return ok();
				})
			).result;
		},

		async delete(actor: CoachActor): Promise<Result> {
			return (
				await change(
					actor,
					'delete',
					async (tx) => {
						await tx.delete(table.liveSession).where(eq(table.liveSession.id, actor.liveSessionId));
						return ok();
					},
					{ bump: false }
				)
			).result;
		},

		/** Draft → live: a join code and a sealed secret; k is frozen from here on. */
		async start(actor: CoachActor): Promise<Result> {
			return (
				await change(
					actor,
					'start',
					async (tx, session) => {
						await startIn(tx, deps.appKey, session.id);
						return ok();
					},
					{ bump: false }
				)
			).result;
		},

		/** Ends a live session for everyone; then its secret, keys and tokens are destroyed. */
		async end(actor: CoachActor): Promise<Result> {
			const { result } = await change(
				actor,
				'end',
				async (tx, session) => {
					await endIn(tx, session, 'coach');
					return ok();
				},
				{ bump: false }
			);
			if (!result.ok) return result;
			await afterEnd(actor.liveSessionId);
			return ok();
		},

		/**
		 * Ends every live session idle for longer than the timeout (returns their ids), and
		 * retries the cleanup of any ended session whose cleanup failed before.
		 */
		async sweepIdle(now = new Date()): Promise<string[]> {
			const before = new Date(now.getTime() - deps.idleTimeoutMs);
			const ended: string[] = [];
			for (const id of await listIdleLiveSessions(db, before)) {
				const done = await db.transaction(async (tx) => {
					// Checked again under the lock: activity since the listing keeps it alive.
					const session = await lockIdleLiveSession(tx, id, before);
					if (session) await endIn(tx, session, 'idle');
					return Boolean(session);
				});
				if (done) {
					ended.push(id);
					await afterEnd(id);
				}
			}
			if (ended.length === 0) await cleanUpEndedSessions(db, maintenance);
			return ended;
		},

		/** Keeps live sessions with a connected coach or recent activity from the idle timeout. */
		touch: (liveSessionIds: string[], now?: Date) =>
			touchLiveSessions(
				db,
				liveSessionIds.filter((id) => isUuid(id)),
				now
			),

		// ---- The session's prompt list ----

		async addPrompt(
			actor: CoachActor,
			input: AddPromptInput
		): Promise<Result<{ sessionPromptId: string }>> {
			const outcome = await change(actor, 'addPrompt', async (tx) =>
				'promptId' in input
					? addExistingPromptIn(tx, actor.coachId, actor.liveSessionId, input.promptId)
					: ok({
							sessionPromptId: await addTypedPromptIn(
								tx,
								actor.coachId,
								actor.liveSessionId,
								input.definition
							)
						})
			);
			return announced(actor.liveSessionId, 'console', outcome);
		},

		async movePrompt(
			actor: CoachActor,
			sessionPromptId: string,
			direction: 'up' | 'down'
		): Promise<Result> {
			const outcome = await change(actor, 'movePrompt', (tx) =>
				movePromptIn(tx, actor.liveSessionId, sessionPromptId, direction)
			);
			return announced(actor.liveSessionId, 'console', outcome);
		},

		async removePrompt(actor: CoachActor, sessionPromptId: string): Promise<Result> {
			const outcome = await change(actor, 'removePrompt', (tx) =>
				removePromptIn(tx, actor.liveSessionId, sessionPromptId)
			);
			return announced(actor.liveSessionId, 'console', outcome);
		},

		// ---- Rounds ----

		/** Opens a round of a prompt for the room (closing the open one first). */
		async push(actor: CoachActor, sessionPromptId: string): Promise<Result<{ roundId: string }>> {
			const outcome = await change(actor, 'push', (tx, session) =>
				pushIn(tx, session, sessionPromptId)
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/** Closes answering; at k answers or more the release is computed once and stored. */
		async close(actor: CoachActor, roundId: string): Promise<Result<{ released: boolean }>> {
			const outcome = await change(actor, 'close', async (tx, session) => {
				const outcome = await closeRoundIn(tx, session, roundId);
				return outcome ? ok({ released: outcome.released }) : failure('not_found');
			});
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		async reveal(actor: CoachActor, roundId: string, revealed: boolean): Promise<Result> {
			const outcome = await change(actor, 'reveal', (tx, session) =>
				revealIn(tx, session, roundId, revealed)
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		// ---- Moderation and the room ----

		/**
		 * Keeps one text or word of a release off the room's screens, or shows it again. The
		 * stored release never changes; the coach goes on seeing the item, marked hidden.
		 */
		async setHidden(
			actor: CoachActor,
			roundId: string,
			target: HideTarget,
			hidden: boolean
		): Promise<Result> {
			const outcome = await change(actor, 'moderate', (tx, session) =>
				setHiddenIn(tx, session, roundId, target, hidden)
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/** No new phones may join (those already in stay), or they may again. */
		async setLocked(actor: CoachActor, locked: boolean): Promise<Result> {
			const outcome = await change(actor, 'lock', (tx, session) =>
				setLockedIn(tx, session, locked)
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/** A new join code for a code that leaked: the old one stops working, phones stay. */
		async rotateJoinCode(actor: CoachActor): Promise<Result<{ joinCode: string }>> {
			const outcome = await change(actor, 'rotateCode', async (tx, session) =>
				ok({ joinCode: await drawJoinCodeIn(tx, session.id) })
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/** Puts the support card or the closing card on every phone, or takes it down. */
		async showCard(actor: CoachActor, card: RoomCard | null): Promise<Result> {
			const outcome = await change(actor, 'showCard', (tx, session) =>
				showCardIn(tx, session, card)
			);
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/** The closing card's words (empty: the session has no closing card). */
		async setClosingNote(actor: CoachActor, input: unknown): Promise<Result> {
			const note = parseClosingNote(input);
			if (!note.ok) return note;
			const outcome = await change(actor, 'closingNote', async (tx) => {
				await tx
					.update(table.liveSession)
					.set({ closingNote: note.data })
					.where(eq(table.liveSession.id, actor.liveSessionId));
				return ok();
			});
			return announced(actor.liveSessionId, 'everyone', outcome);
		},

		/**
		 * Whether a room display's token opens this live session (read-only). The token is
		 * derived from the session's secret, so it stops working when the session ends.
		 */
		async checkDisplayToken(liveSessionId: string, token: unknown): Promise<boolean> {
			if (!isUuid(liveSessionId)) return false;
			const secret = await secrets.get(liveSessionId);
			return secret !== null && isDisplayToken(secret, token);
		},

		// ---- Participants ----

		findByCode: (code: string) => findLiveSessionByCode(db, code),

		/** A new device in a live session: its token, to be kept on the phone only. */
		async join(liveSessionId: string): Promise<Result<{ token: string }>> {
			if (!isUuid(liveSessionId)) return failure('not_found');
			const joined = await insertParticipant(db, liveSessionId);
			if (!joined) {
				const status = await getLiveSessionStatus(db, liveSessionId);
				// Live but refused: the coach locked the room.
				return failure(status ? (statusError('join', status) ?? 'locked') : 'not_found');
			}
			await announce(() => notify.countsChanged(liveSessionId));
			return ok(joined);
		},

		findParticipant: (token: unknown) => findParticipant(db, token),

		/** "Leave": the token stops working at once; answers already given stay, unlinked. */
		async leave(device: ParticipantActor): Promise<Result> {
			await deleteParticipant(db, device.token);
			await announce(() => notify.countsChanged(device.liveSessionId));
			return ok();
		},

		/** One answer (or a pass) of a device; acknowledged only once it is committed. */
		async submitAnswer(
			device: ParticipantActor,
			payload: AnswerSubmission
		): Promise<Result<{ idempotencyKey: string; offerSupport: boolean }>> {
			const result = await answers.submit(device, payload);
			if (result.ok) await announce(() => notify.countsChanged(device.liveSessionId));
			return result;
		},

		/** This device's own answer in a round (to restore its form after a reconnect). */
		myAnswer: (device: ParticipantActor, roundId: string) => answers.mine(device, roundId),

		/** Another process ended this session: drop its secret from this process's memory. */
		forgetSecret: (liveSessionId: string) => secrets.forget(liveSessionId),
		holdsSecret: (liveSessionId: string) => secrets.has(liveSessionId),

		// ---- Views ----

		getOwned: (coachId: string, liveSessionId: string) =>
			getOwnedLiveSession(db, coachId, liveSessionId),
		listForGroup: (groupId: string) => listLiveSessions(db, groupId),
		sessionPrompts: (liveSessionId: string) => listSessionPrompts(db, liveSessionId),
		participantState: (liveSessionId: string) => buildParticipantState(db, liveSessionId),
		coachState: (liveSessionId: string) =>
			buildCoachState(db, liveSessionId, deps.origin, (id) => secrets.get(id)),
		displayState: (liveSessionId: string) =>
			buildDisplayState(db, liveSessionId, deps.origin, qrOf),
		roomCounts: (liveSessionId: string) => getRoomCounts(db, liveSessionId),
		record: (liveSessionId: string) => buildRecord(db, liveSessionId)
	};
}

export type LiveDomain = ReturnType<typeof createLiveDomain>;
export type { Audience, LiveNotify } from './notify';
