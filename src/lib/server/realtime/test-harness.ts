import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import type { Database } from '$lib/server/db';
import { createSession } from '$lib/server/auth/session';
import { registerCoach } from '$lib/server/coaches';
import { createGroup } from '$lib/server/groups';
import { createLiveSession, joinLiveSession, startLiveSession } from '$lib/server/live-sessions';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { createSocketServer } from '../../../socket-server.js';
import { createRealtime, type HuddleServer, type Realtime } from './index';

// A real HTTP server on port 0 with the real Socket.IO setup and handlers, for tests.

export type TestClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

export async function startTestServer(db: Database, appKey = randomBytes(32), port = 0) {
	const httpServer = http.createServer();
	const holder: { realtime?: Realtime } = {};
	const io = createSocketServer(httpServer, {
		resolveApp: () => holder.realtime,
		global: false
	}) as HuddleServer;
	const realtime = createRealtime(io, {
		db,
		appKey,
		config: { origin: 'http://huddle.test', idleTimeoutMs: 60_000 },
		countsIntervalMs: 20
	});
	holder.realtime = realtime;
	await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
	const clients: TestClient[] = [];
	return {
		url,
		io,
		realtime,
		appKey,
		port: (httpServer.address() as AddressInfo).port,
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
			realtime.close();
			await new Promise<void>((resolve) => io.close(() => resolve()));
		}
	};
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** A coach with a login cookie, a group and a live session that is live. */
export async function setUpLiveSession(db: Database, appKey: Buffer, k = 3, email?: string) {
	const registered = await registerCoach(db, {
		email: email ?? `coach-${randomBytes(4).toString('hex')}@example.org`,
		displayName: 'Coach',
		password: 'steady hands and a warm voice'
	});
	if (!registered.ok) throw new Error('could not register coach');
	const { token } = await createSession(db, registered.coach.id);
	const group = await createGroup(db, registered.coach.id, { name: 'Circle', description: '' });
	const session = await createLiveSession(db, group.id, { title: 'Week 1', k });
	await startLiveSession(db, appKey, session.id);
	return {
		coachId: registered.coach.id,
		cookie: `${SESSION_COOKIE}=${token}`,
		groupId: group.id,
		liveSessionId: session.id
	};
}

export async function joinParticipants(db: Database, liveSessionId: string, n: number) {
	const tokens: string[] = [];
	for (let i = 0; i < n; i++) {
		const joined = await joinLiveSession(db, liveSessionId);
		if (!joined) throw new Error('join failed');
		tokens.push(joined.token);
	}
	return tokens;
}

export function once<E extends keyof ServerToClientEvents>(
	socket: TestClient,
	event: E,
	timeoutMs = 5000
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

export function connectError(socket: TestClient): Promise<string> {
	return new Promise((resolve) => {
		socket.once('connect_error', (err) => resolve(err.message));
	});
}
