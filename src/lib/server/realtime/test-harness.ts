import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import type { Database } from '$lib/server/db';
import { createSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { registerCoach } from '$lib/server/coaches';
import { createGroup } from '$lib/server/groups';
import type { LiveDomain } from '$lib/server/live';
import { createSocketServer } from '../../../socket-server.js';
import { createLiveServer, type HuddleServer, type LiveServer } from './index';

// A real HTTP server on port 0 with the real Socket.IO setup, domain and handlers, for tests.
// With a pool, it uses the Postgres adapter, so several of them form a cluster.

export type TestClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

/** Waits under load: a busy CI machine may take seconds for what takes milliseconds here. */
export const EVENT_TIMEOUT_MS = 20_000;

export async function startTestServer(
	db: Database,
	appKey = randomBytes(32),
	options: {
		port?: number;
		pool?: pg.Pool | null;
		idleTimeoutMs?: number;
		disconnectAfterEndMs?: number;
	} = {}
) {
	const httpServer = http.createServer();
	const holder: { server?: LiveServer } = {};
	const io = createSocketServer(httpServer, {
		resolveApp: () => holder.server?.realtime,
		global: false
	}) as HuddleServer;
	const server = createLiveServer(io, {
		db,
		appKey,
		pool: options.pool ?? null,
		origin: 'http://huddle.test',
		idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
		minK: 3,
		countsIntervalMs: 20,
		// Long, so tests can show what a client that stays after the end is refused.
		disconnectAfterEndMs: options.disconnectAfterEndMs ?? 60_000
	});
	holder.server = server;
	await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, '127.0.0.1', resolve));
	const port = (httpServer.address() as AddressInfo).port;
	const url = `http://127.0.0.1:${port}`;
	const clients: TestClient[] = [];
	return {
		url,
		io,
		live: server.live,
		appKey,
		port,
		connect(auth: object, headers: Record<string, string> = {}): TestClient {
			const socket: TestClient = connect(url, {
				auth,
				extraHeaders: headers,
				transports: ['websocket'],
				reconnectionDelay: 50,
				reconnectionDelayMax: 200
			});
			clients.push(socket);
			return socket;
		},
		async close() {
			for (const c of clients) c.disconnect();
			server.close();
			await io.close();
		}
	};
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** A coach with a login cookie, a group and a live session that is live. */
export async function setUpLiveSession(db: Database, live: LiveDomain, k = 3, email?: string) {
	const registered = await registerCoach(db, {
		email: email ?? `coach-${randomBytes(4).toString('hex')}@example.org`,
		displayName: 'Coach',
		password: 'steady hands and a warm voice'
	});
	if (!registered.ok) throw new Error('could not register coach');
	const { token } = await createSession(db, registered.coach.id);
	const group = await createGroup(db, registered.coach.id, { name: 'Circle', description: '' });
	const created = await live.create(registered.coach.id, group.id, { title: 'Week 1', k });
	if (!created.ok) throw new Error(`could not create: ${created.error}`);
	const actor = { coachId: registered.coach.id, liveSessionId: created.data.liveSessionId };
	const started = await live.start(actor);
	if (!started.ok) throw new Error(`could not start: ${started.error}`);
	return {
		coachId: registered.coach.id,
		actor,
		cookie: `${SESSION_COOKIE}=${token}`,
		groupId: group.id,
		liveSessionId: created.data.liveSessionId
	};
}

export async function joinParticipants(live: LiveDomain, liveSessionId: string, n: number) {
	const tokens: string[] = [];
	for (let i = 0; i < n; i++) {
		const joined = await live.join(liveSessionId);
		if (!joined.ok) throw new Error(`join failed: ${joined.error}`);
		tokens.push(joined.data.token);
	}
	return tokens;
}

export function once<E extends keyof ServerToClientEvents>(
	socket: TestClient,
	event: E,
	timeoutMs = EVENT_TIMEOUT_MS
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
		(socket as unknown as { once(e: string, cb: (p: never) => void): void }).once(
			event,
			(payload) => {
				clearTimeout(timer);
				resolve(payload);
			}
		);
	});
}

/** Resolves with the first `event` whose payload passes `test` (earlier ones are skipped). */
export function until<E extends keyof ServerToClientEvents>(
	socket: TestClient,
	event: E,
	test: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
	timeoutMs = EVENT_TIMEOUT_MS
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const s = socket as unknown as {
			on(e: string, cb: (p: never) => void): void;
			off(e: string, cb: (p: never) => void): void;
		};
		const listener = (payload: never) => {
			if (!test(payload)) return;
			clearTimeout(timer);
			s.off(event, listener);
			resolve(payload);
		};
		const timer = setTimeout(() => {
			s.off(event, listener);
			reject(new Error(`timed out waiting for a matching ${event}`));
		}, timeoutMs);
		s.on(event, listener);
	});
}

export function connectError(socket: TestClient): Promise<string> {
	return new Promise((resolve) => {
		socket.once('connect_error', (err) => resolve(err.message));
	});
}
