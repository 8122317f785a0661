import type { Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '$lib/realtime/events';
import type { ErrorCode } from '$lib/result';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db';
import { isUuid } from '$lib/server/groups';
import type { LiveDomain } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { InterServerEvents } from './cluster';

// Who is on a socket, decided once in the handshake: a coach by the same login cookie and
// validation as HTTP (and only for a live session they own), a participant by the anonymous
// token in `handshake.auth`, checked against its hash, a room display by the read-only token
// of its link.

export type HuddleSocket = Socket<
	ClientToServerEvents,
	ServerToClientEvents,
	InterServerEvents,
	SocketData
>;

// The raw token, for dedupe keys, in this process's memory only: socket.data can travel
// between processes, and the token must never leave the process that holds the socket.
const participantTokens = new WeakMap<HuddleSocket, string>();

export function participantTokenOf(socket: HuddleSocket): string | null {
	return participantTokens.get(socket) ?? null;
}

export function createAuthenticator(deps: { db: Database; live: LiveDomain }) {
	return async function authenticate(socket: HuddleSocket, next: (err?: Error) => void) {
		try {
			const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
			if (auth.role === 'participant') {
				const found = await deps.live.findParticipant(auth.token);
				if (!found) return next(connectError('unauthorized'));
				participantTokens.set(socket, auth.token as string);
				socket.data = { role: 'participant', liveSessionId: found.liveSessionId };
				return next();
			}
			if (auth.role === 'display' && isUuid(auth.liveSessionId)) {
				// Read-only: a display's socket is refused every command (display.ts).
				if (!(await deps.live.checkDisplayToken(auth.liveSessionId, auth.token))) {
					return next(connectError('unauthorized'));
				}
				socket.data = { role: 'display', liveSessionId: auth.liveSessionId };
				return next();
			}
			if (auth.role === 'coach' && isUuid(auth.liveSessionId)) {
				const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
				const { coach } = token ? await validateSessionToken(deps.db, token) : { coach: null };
				if (!coach) return next(connectError('unauthorized'));
				const owned = await deps.live.getOwned(coach.id, auth.liveSessionId);
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
	};
}

/** A refused handshake: the browser reads the code from `err.message` (and `err.data.code`). */
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
