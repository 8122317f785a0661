import { io, type Socket } from 'socket.io-client';
import type { Result } from '$lib/result';
import type {
	CoachAuth,
	DisplayAuth,
	ParticipantAuth,
	ServerToClientEvents,
	ClientToServerEvents
} from './events';

export { describeError } from '$lib/result';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opened by a page in onMount, never at import time. */
export function connectSocket(auth: CoachAuth | ParticipantAuth | DisplayAuth): ClientSocket {
	return io({
		auth,
		reconnectionDelay: 500,
		reconnectionDelayMax: 4000,
		timeout: 8000
	});
}

/** emitWithAck with a timeout, folding the timeout into the result union. */
export async function command<T>(
	run: () => Promise<Result<T>>
): Promise<Result<T> | { ok: false; error: 'timeout'; fields?: undefined }> {
	try {
		return await run();
	} catch {
		return { ok: false, error: 'timeout' };
	}
}

/**
 * Keeps the newer of two snapshots: the server may deliver them out of order (two changes in
 * quick succession, or from two processes), and each carries the live session's version.
 */
export function isNewer(next: { version: number }, current: { version: number } | null): boolean {
	return !current || next.version >= current.version;
}
