import type pg from 'pg';
import type { Socket } from 'socket.io';
import type { Database } from '$lib/server/db';
import { createLiveDomain, type LiveDeps, type LiveDomain } from '$lib/server/live';
import { logEvent } from '$lib/server/log';
import { startActivity } from './activity';
import { createAuthenticator, type HuddleSocket } from './auth';
import { createBroadcaster } from './broadcast';
import { attachPostgresAdapter, createCluster, type HuddleServer } from './cluster';
import { attachCoach } from './coach';
import { attachDisplay } from './display';
import { attachParticipant } from './participant';

// The composition root of live sessions with a Socket.IO server: the cluster (one process or
// several), the broadcaster that implements the domain's `notify`, the domain itself, and the
// handlers per role. app.ts calls this once per process; tests call it on port 0.

export type { HuddleServer } from './cluster';

export interface LiveServerDeps extends Omit<LiveDeps, 'notify'> {
	/** A Postgres server's pool: several processes may then serve one live session. */
	pool: pg.Pool | null;
	/** How often counts reach a console at most (ms). */
	countsIntervalMs?: number;
	/** How long a client that ignores the end of its session stays connected (ms). */
	disconnectAfterEndMs?: number;
}

export function createLiveServer(io: HuddleServer, deps: LiveServerDeps) {
	const detach = deps.pool ? attachPostgresAdapter(io, deps.pool) : () => {};
	const cluster = createCluster(io, { clustered: Boolean(deps.pool) });
	// The broadcaster is the domain's notify port, and reads the domain's views in turn.
	let live: LiveDomain | null = null;
	const broadcaster = createBroadcaster(io, {
		views: () => live!,
		cluster,
		countsIntervalMs: deps.countsIntervalMs,
		disconnectAfterEndMs: deps.disconnectAfterEndMs
	});
	const domain = createLiveDomain({ ...deps, notify: broadcaster.notify });
	live = domain;
	const activity = startActivity(io, domain, cluster);
	const realtime = createRealtime(io, { db: deps.db, live: domain, broadcaster, activity });
	return {
		live: domain,
		realtime,
		close() {
			activity.close();
			broadcaster.close();
			detach();
		}
	};
}

function createRealtime(
	io: HuddleServer,
	deps: {
		db: Database;
		live: LiveDomain;
		broadcaster: ReturnType<typeof createBroadcaster>;
		activity: ReturnType<typeof startActivity>;
	}
) {
	const authenticate = createAuthenticator(deps);

	// The end on another process: everyone there was told through the adapter already; what
	// is left here is to forget the secret and this process's counts of the session.
	io.on('live-session:ended', (liveSessionId) => {
		if (typeof liveSessionId !== 'string') return;
		if (deps.live.forgetSecret(liveSessionId)) {
			logEvent('live_session_secret_forgotten', { liveSessionId });
		}
		deps.broadcaster.forget(liveSessionId);
	});

	return {
		authenticate: (socket: Socket, next: (err?: Error) => void) =>
			authenticate(socket as HuddleSocket, next),
		onConnection(socket: Socket) {
			const s = socket as HuddleSocket;
			s.on('error', () => {});
			if (s.data.role === 'participant') attachParticipant(s, deps);
			else if (s.data.role === 'display') attachDisplay(s, deps);
			else attachCoach(s, deps);
		}
	};
}

export type LiveServer = ReturnType<typeof createLiveServer>;
