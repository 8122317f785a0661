import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '$lib/realtime/events';
import { logError } from '$lib/server/log';
import { parseRoom } from './rooms';

// Several Huddle processes on one Postgres server: Socket.IO's Postgres adapter carries
// broadcasts (`io.to(room).emit`), room operations and these server-to-server messages over
// LISTEN/NOTIFY. With the embedded database there is one process and the default in-memory
// adapter; `Cluster` then answers from this process alone.

/** Messages between Huddle processes (never to browsers). */
export interface InterServerEvents {
	/** A live session ended on another process: forget its secret here. */
	'live-session:ended': (liveSessionId: string) => void;
	/** Joined, responded or in-the-room may have changed on another process. */
	'counts:changed': (liveSessionId: string) => void;
	/** How many sockets this process has in a room. */
	'room:size': (room: string, reply: (size: number) => void) => void;
}

export type HuddleServer = Server<
	ClientToServerEvents,
	ServerToClientEvents,
	InterServerEvents,
	SocketData
>;

/** How long a count waits for the other processes before using what it last knew. */
const ROOM_SIZE_TIMEOUT_MS = 2_000;

/**
 * Installs the Postgres adapter: the one place where Huddle becomes several processes.
 * Returns a function to call when shutting down, after which the adapter's last messages
 * (it says goodbye to the other processes as the pool closes) are not reported as failures.
 */
export function attachPostgresAdapter(io: HuddleServer, pool: pg.Pool): () => void {
	let closing = false;
	io.adapter(
		createAdapter(pool, {
			// The adapter reconnects by itself; a lost NOTIFY is healed by the next snapshot.
			errorHandler: (err: Error) => {
				if (!closing) logError('socket_adapter_failed', err);
			}
		})
	);
	return () => {
		closing = true;
	};
}

export function createCluster(io: HuddleServer, options: { clustered: boolean }) {
	const lastKnown = new Map<string, number>();

	function localSize(room: string): number {
		return io.of('/').adapter.rooms.get(room)?.size ?? 0;
	}

	io.on('room:size', (room, reply) => {
		if (typeof reply === 'function' && typeof room === 'string' && parseRoom(room)) {
			reply(localSize(room));
		}
	});

	return {
		clustered: options.clustered,
		localSize,

		/**
		 * Sockets in a room across every process. Each process reports its own count (never
		 * the sockets themselves: `fetchSockets()` would carry every socket's data between
		 * processes). A process that does not answer in time leaves the last known total.
		 */
		async roomSize(room: string): Promise<number> {
			const here = localSize(room);
			if (!options.clustered) return here;
			const others = await new Promise<number[] | null>((resolve) => {
				const timer = setTimeout(() => resolve(null), ROOM_SIZE_TIMEOUT_MS);
				io.serverSideEmit('room:size', room, (err: Error | null, sizes: number[]) => {
					clearTimeout(timer);
					resolve(err ? null : sizes);
				});
			});
			if (!others) return lastKnown.get(room) ?? here;
			const total = here + others.reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
			lastKnown.set(room, total);
			return total;
		},

		/** Tells every other process; a no-op with one process. */
		tellOthers(event: 'live-session:ended' | 'counts:changed', liveSessionId: string) {
			if (!options.clustered) return;
			if (event === 'live-session:ended') io.serverSideEmit('live-session:ended', liveSessionId);
			else io.serverSideEmit('counts:changed', liveSessionId);
		},

		forget(liveSessionId: string) {
			for (const room of lastKnown.keys()) {
				if (parseRoom(room)?.liveSessionId === liveSessionId) lastKnown.delete(room);
			}
		}
	};
}

export type Cluster = ReturnType<typeof createCluster>;
