import { io, type Socket } from 'socket.io-client';
import type {
	ClientToServerEvents,
	CoachAuth,
	ErrorCode,
	ParticipantAuth,
	Result,
	ServerToClientEvents
} from './events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opened by a page in onMount, never at import time. */
export function connectSocket(auth: CoachAuth | ParticipantAuth): ClientSocket {
	return io({
		auth,
		reconnectionDelay: 500,
		reconnectionDelayMax: 4000,
		timeout: 8000
	});
}

/** Words for the error codes a person may meet. */
export function describeError(error: ErrorCode | 'timeout'): string {
	switch (error) {
		case 'timeout':
			return 'The server did not answer in time. Check the connection and try again.';
		case 'prompt_closed':
			return 'Answering had already closed.';
		case 'not_live':
			return 'This session is not live.';
		case 'not_released':
			return 'Fewer answers than needed, so there is nothing to reveal.';
		case 'rate_limited':
			return 'That was a lot at once. Please wait a moment and try again.';
		case 'forbidden':
		case 'unauthorized':
			return 'You are not allowed to do that here.';
		case 'not_found':
			return 'That is no longer part of this session.';
		case 'invalid_payload':
			return 'Something in that was not right.';
		default:
			return 'Something went wrong on our side. Please try again.';
	}
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
