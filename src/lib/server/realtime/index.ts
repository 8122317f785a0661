import type { Server, Socket } from 'socket.io';
import * as v from 'valibot';
import { parseAnswer, parsePromptDefinition } from '$lib/prompts/kinds';
import type {
	ClientToServerEvents,
	ErrorCode,
	Result,
	ServerToClientEvents,
	SocketData
} from '$lib/realtime/events';
import { parseWith } from '$lib/schemas/form';
import type { Config } from '$lib/server/config';
import type { Database } from '$lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { isUuid } from '$lib/server/groups';
import {
	addExistingPromptToSession,
	addSessionPrompt,
	moveSessionPrompt,
	removeSessionPrompt,
	closeRound,
	endIdleLiveSessions,
	endLiveSession,
	findParticipant,
	getCoachState,
	getOwnedLiveSession,
	getParticipantState,
	getRoomCounts,
	leaveLiveSession,
	pushPrompt,
	setRoundRevealed,
	touchLiveSessions
} from '$lib/server/live-sessions';
import { logError } from '$lib/server/log';
import {
	ResponseWriter,
	RoundDirectory,
	SecretStore,
	dedupeKey,
	getMyResponse
} from '$lib/server/responses';
import { rooms } from './rooms';
import { TokenBucket } from './socket-limiter';

// Thin transport: validate → call a domain function → acknowledge → broadcast.
// Postgres holds the truth; what lives here (caches, timers) can be lost at any time.

export type HuddleServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
type HuddleSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

export interface RealtimeDeps {
	db: Database;
	config: Pick<Config, 'origin' | 'idleTimeoutMs'>;
	appKey: Buffer;
	/** How often counts reach the coach at most (ms). */
	countsIntervalMs?: number;
}

const COUNTS_INTERVAL_MS = 250;
const ACTIVITY_FLUSH_MS = 30_000;
const IDLE_SWEEP_MS = 60_000;

export function createRealtime(io: HuddleServer, deps: RealtimeDeps) {
	const { db } = deps;
	const secrets = new SecretStore(db, deps.appKey);
	const roundDirectory = new RoundDirectory(db);
	const writer = new ResponseWriter(db);
	const countTimers = new Map<string, ReturnType<typeof setTimeout>>();
	const broadcastChains = new Map<string, Promise<void>>();
	const active = new Set<string>();

	function localSize(room: string) {
		return io.of('/').adapter.rooms.get(room)?.size ?? 0;
	}

	function scheduleCounts(liveSessionId: string) {
		if (countTimers.has(liveSessionId)) return;
		countTimers.set(
			liveSessionId,
			setTimeout(() => {
				countTimers.delete(liveSessionId);
				void emitCounts(liveSessionId).catch((err) => logError('counts_failed', err));
			}, deps.countsIntervalMs ?? COUNTS_INTERVAL_MS)
		);
	}

	async function emitCounts(liveSessionId: string) {
		if (localSize(rooms.coaches(liveSessionId)) === 0) return;
		const counts = await getRoomCounts(db, liveSessionId);
		if (!counts) return;
		io.to(rooms.coaches(liveSessionId)).emit('console:counts', {
			inRoom: localSize(rooms.participants(liveSessionId)),
			...counts
		});
	}

	/** Sends the current state to everyone in the session, in order of changes. */
	function broadcastState(
		liveSessionId: string,
		audience: { participants: boolean } = { participants: true }
	): Promise<void> {
		const previous = broadcastChains.get(liveSessionId) ?? Promise.resolve();
		const next = previous.then(async () => {
			const [participantState, coachState] = await Promise.all([
				audience.participants ? getParticipantState(db, liveSessionId) : null,
				getCoachState(db, liveSessionId, deps.config.origin)
			]);
			if (participantState) {
				io.to(rooms.participants(liveSessionId)).emit('live-session:state', participantState);
			}
			if (coachState) io.to(rooms.coaches(liveSessionId)).emit('console:state', coachState);
			scheduleCounts(liveSessionId);
		});
		const settled = next.catch((err) => logError('broadcast_failed', err));
		broadcastChains.set(liveSessionId, settled);
		void settled.then(() => {
			if (broadcastChains.get(liveSessionId) === settled) broadcastChains.delete(liveSessionId);
		});
		return settled;
	}

	function announceEnded(liveSessionId: string) {
		secrets.forget(liveSessionId);
		for (const room of [rooms.participants(liveSessionId), rooms.coaches(liveSessionId)]) {
			io.to(room).emit('live-session:ended');
			io.in(room).socketsLeave(room);
		}
	}

	async function endSession(liveSessionId: string, by: 'coach' | 'idle') {
		const ended = await endLiveSession(db, liveSessionId, by);
		if (ended) announceEnded(liveSessionId);
		return ended;
	}

	// ---- Authentication (the same login session as HTTP; participants by token) ----

	async function authenticate(socket: HuddleSocket, next: (err?: Error) => void) {
		try {
			const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
			if (auth.role === 'participant') {
				const token = typeof auth.token === 'string' ? auth.token : '';
				const found = await findParticipant(db, token);
				if (!found) return next(connectError('unauthorized'));
				socket.data = {
					role: 'participant',
					liveSessionId: found.liveSessionId,
					participantToken: token
				};
				return next();
			}
			if (auth.role === 'coach' && isUuid(auth.liveSessionId)) {
				const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
				const { coach } = token ? await validateSessionToken(db, token) : { coach: null };
				if (!coach) return next(connectError('unauthorized'));
				const owned = await getOwnedLiveSession(db, coach.id, auth.liveSessionId);
				if (!owned) return next(connectError('forbidden'));
				if (owned.liveSession.status !== 'live') return next(connectError('not_live'));
				socket.data = { role: 'coach', liveSessionId: owned.liveSession.id, coachId: coach.id };
				return next();
			}
			next(connectError('unauthorized'));
		} catch (err) {
			logError('socket_auth_failed', err);
			next(connectError('server_error'));
		}
	}

	// ---- Connection and commands ----

	function onConnection(socket: HuddleSocket) {
		const { liveSessionId, role } = socket.data;
		const bucket = new TokenBucket(40, 10);
		let strikes = 0;
		socket.use((packet, next) => {
			if (bucket.take()) return next();
			const ack = packet[packet.length - 1];
			if (typeof ack === 'function') ack({ ok: false, error: 'rate_limited' });
			if (++strikes > 100) socket.disconnect(true);
		});
		socket.on('error', () => {});

		const command = <S extends v.GenericSchema, T>(
			event: keyof ClientToServerEvents,
			requiredRole: SocketData['role'],
			schema: S,
			run: (payload: v.InferOutput<S>) => Promise<Result<T>>
		) => {
			(socket as unknown as Socket).on(event, async (payload: unknown, ack: unknown) => {
				if (typeof ack !== 'function') return;
				if (socket.data.role !== requiredRole) return ack(failure('forbidden'));
				const parsed = parseWith(schema, payload);
				if (!parsed.ok) return ack({ ok: false, error: 'invalid_payload', fields: parsed.fields });
				try {
					ack(await run(parsed.data));
				} catch (err) {
					logError(`socket_${event}_failed`, err);
					ack(failure('server_error'));
				}
			});
		};

		if (role === 'participant') {
			void socket.join(rooms.participants(liveSessionId));
			scheduleCounts(liveSessionId);
			socket.on('disconnect', () => scheduleCounts(liveSessionId));
			void sendParticipantSnapshot(socket);
		} else {
			void socket.join(rooms.coaches(liveSessionId));
			active.add(liveSessionId);
			void sendCoachSnapshot(socket);
		}

		// Every command is registered for every socket, so a wrong role gets a clear
		// `forbidden` instead of silence.

		// One answer at a time per device, so a later answer can never be overtaken by an earlier one.
		let queue: Promise<unknown> = Promise.resolve();
		command('response:submit', 'participant', submitSchema, (payload) => {
			const run = queue.then(() => submitResponse(socket, payload));
			queue = run.catch(() => {});
			return run;
		});
		command('participant:leave', 'participant', v.nullish(v.unknown()), async () => {
			await leaveLiveSession(db, socket.data.participantToken ?? '');
			scheduleCounts(liveSessionId);
			setTimeout(() => socket.disconnect(true), 50);
			return ok(null);
		});

		command(
			'prompt:add',
			'coach',
			v.union([v.object({ definition: v.unknown() }), v.object({ promptId: v.string() })]),
			async (payload) => {
				let sessionPromptId: string | null;
				if ('promptId' in payload) {
					sessionPromptId = await addExistingPromptToSession(
						db,
						socket.data.coachId!,
						liveSessionId,
						payload.promptId
					);
					if (!sessionPromptId) return failure('not_found');
				} else {
					const def = parsePromptDefinition(payload.definition);
					if (!def.ok) return { ok: false, error: 'invalid_payload', fields: def.fields };
					sessionPromptId = await addSessionPrompt(
						db,
						socket.data.coachId!,
						liveSessionId,
						def.value
					);
				}
				active.add(liveSessionId);
				// Only the console's prompt list changed; the room sees nothing until a push.
				await broadcastState(liveSessionId, { participants: false });
				return ok({ sessionPromptId });
			}
		);
		command(
			'prompt:move',
			'coach',
			v.object({ sessionPromptId: v.string(), direction: v.picklist(['up', 'down']) }),
			async (payload) => {
				if (
					!(await moveSessionPrompt(db, liveSessionId, payload.sessionPromptId, payload.direction))
				) {
					return failure('not_found');
				}
				await broadcastState(liveSessionId, { participants: false });
				return ok(null);
			}
		);
		command('prompt:skip', 'coach', v.object({ sessionPromptId: v.string() }), async (payload) => {
			if (!isUuid(payload.sessionPromptId)) return failure('not_found');
			if (!(await removeSessionPrompt(db, liveSessionId, payload.sessionPromptId))) {
				return failure('not_found');
			}
			await broadcastState(liveSessionId, { participants: false });
			return ok(null);
		});
		command('prompt:push', 'coach', v.object({ sessionPromptId: v.string() }), async (payload) => {
			const result = await pushPrompt(db, liveSessionId, payload.sessionPromptId);
			if (!result.ok) return failure(result.error);
			active.add(liveSessionId);
			await broadcastState(liveSessionId);
			return ok({ roundId: result.roundId });
		});
		command('round:close', 'coach', v.object({ roundId: v.string() }), async (payload) => {
			const result = await closeRound(db, liveSessionId, payload.roundId);
			if (!result.ok) return failure(result.error);
			active.add(liveSessionId);
			await broadcastState(liveSessionId);
			return ok({ released: result.data.released });
		});
		command(
			'round:reveal',
			'coach',
			v.object({ roundId: v.string(), revealed: v.boolean() }),
			async (payload) => {
				const result = await setRoundRevealed(db, liveSessionId, payload.roundId, payload.revealed);
				if (!result.ok) return failure(result.error);
				active.add(liveSessionId);
				await broadcastState(liveSessionId);
				return ok(null);
			}
		);
		command(
			'live-session:end',
			'coach',
			v.object({ confirm: v.literal(true, 'Confirm ending the session.') }),
			async () => {
				const ended = await endSession(liveSessionId, 'coach');
				return ended ? ok(null) : failure('not_live');
			}
		);
	}

	async function submitResponse(
		socket: HuddleSocket,
		payload: v.InferOutput<typeof submitSchema>
	): Promise<Result<{ idempotencyKey: string }>> {
		const { liveSessionId, participantToken } = socket.data;
		const round = await roundDirectory.get(payload.roundId);
		if (!round || round.liveSessionId !== liveSessionId) return failure('not_found');
		let answer = null;
		if (!payload.pass) {
			const parsed = parseAnswer(round.definition, payload.answer);
			if (!parsed.ok) return { ok: false, error: 'invalid_payload', fields: parsed.fields };
			answer = parsed.value;
		}
		const secret = await secrets.get(liveSessionId);
		if (!secret || !participantToken) return failure('not_live');
		const outcome = await writer.submit({
			roundId: payload.roundId,
			dedupeKey: dedupeKey(secret, participantToken, payload.roundId),
			passed: Boolean(payload.pass),
			answer
		});
		if (outcome === 'prompt_closed') return failure('prompt_closed');
		active.add(liveSessionId);
		scheduleCounts(liveSessionId);
		return ok({ idempotencyKey: payload.idempotencyKey });
	}

	async function sendParticipantSnapshot(socket: HuddleSocket) {
		try {
			const { liveSessionId, participantToken } = socket.data;
			const state = await getParticipantState(db, liveSessionId);
			if (!state) return;
			let mine = null;
			if (state.round && participantToken) {
				const secret = await secrets.get(liveSessionId);
				if (secret)
					mine = await getMyResponse(db, dedupeKey(secret, participantToken, state.round.id));
			}
			socket.emit('participant:snapshot', { ...state, mine });
		} catch (err) {
			logError('snapshot_failed', err);
		}
	}

	async function sendCoachSnapshot(socket: HuddleSocket) {
		try {
			const state = await getCoachState(db, socket.data.liveSessionId, deps.config.origin);
			if (state) socket.emit('console:state', state);
			await emitCounts(socket.data.liveSessionId);
		} catch (err) {
			logError('snapshot_failed', err);
		}
	}

	// ---- Activity and the idle timeout ----

	const activityTimer = setInterval(() => {
		// Sessions with a coach connected here, or with recent commands/answers, stay alive.
		const ids = new Set(active);
		active.clear();
		for (const room of io.of('/').adapter.rooms.keys()) {
			const match = /^live-session:(.+):coaches$/.exec(room);
			if (match) ids.add(match[1]!);
		}
		touchLiveSessions(db, [...ids]).catch((err) => logError('activity_failed', err));
	}, ACTIVITY_FLUSH_MS);
	const idleTimer = setInterval(() => {
		void sweepIdle();
	}, IDLE_SWEEP_MS);
	activityTimer.unref?.();
	idleTimer.unref?.();

	async function sweepIdle(now = new Date()) {
		try {
			const ended = await endIdleLiveSessions(db, deps.config.idleTimeoutMs, now);
			for (const id of ended) announceEnded(id);
			return ended;
		} catch (err) {
			logError('idle_sweep_failed', err);
			return [];
		}
	}

	return {
		authenticate: (socket: Socket, next: (err?: Error) => void) =>
			authenticate(socket as HuddleSocket, next),
		onConnection: (socket: Socket) => onConnection(socket as HuddleSocket),
		broadcastState,
		endSession,
		sweepIdle,
		close() {
			clearInterval(activityTimer);
			clearInterval(idleTimer);
			for (const timer of countTimers.values()) clearTimeout(timer);
			countTimers.clear();
		}
	};
}

export type Realtime = ReturnType<typeof createRealtime>;

const submitSchema = v.object({
	roundId: v.pipe(v.string(), v.uuid('Unknown prompt.')),
	idempotencyKey: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	pass: v.optional(v.boolean()),
	answer: v.optional(v.unknown())
});

function ok<T>(data: T): Result<T> {
	return { ok: true, data };
}
function failure(error: ErrorCode): { ok: false; error: ErrorCode } {
	return { ok: false, error };
}

function connectError(code: ErrorCode) {
	const err = new Error(code) as Error & { data?: { code: ErrorCode } };
	err.data = { code };
	return err;
}

function readCookie(header: string | undefined, name: string): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim());
			} catch {
				return null;
			}
		}
	}
	return null;
}
