import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';

// Tokens are `<id>.<secret>` as the lucia-auth.com guide teaches: the id finds the row,
// the secret (160 bits from the CSPRNG) is stored only as its SHA-256 and compared in
// constant time. Limits and their reasoning: SECURITY.md.

export const SESSION_COOKIE = 'huddle_session';
/** A session unused for this long ends. */
export const INACTIVITY_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;
/** A session ends this long after login, however active. */
export const ABSOLUTE_LIMIT_MS = 30 * 24 * 60 * 60 * 1000;
/** Activity is written at most this often, so reads do not become writes. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 60 * 1000;

export function generateSessionToken(): string {
	return `${randomBase32(15)}.${randomBase32(20)}`;
}

export async function createSession(db: Database, coachId: string, now = new Date()) {
	const token = generateSessionToken();
	const [id, secret] = token.split('.') as [string, string];
	await db.insert(table.coachSession).values({
		id,
		secretHash: hashSecret(secret),
		coachId,
		createdAt: now,
		lastActiveAt: now
	});
	return { token, expiresAt: expiryOf({ createdAt: now, lastActiveAt: now }) };
}

/**
 * Finds the coach behind a token, ends an expired session, and slides the inactivity
 * window forward (at most once per ACTIVITY_WRITE_INTERVAL_MS).
 */
export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<SessionValidationResult> {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 100) {
		return { session: null, coach: null };
	}
	const [id, secret] = parts as [string, string];
	const [row] = await db
		.select({ session: table.coachSession, coach: table.coach })
		.from(table.coachSession)
		.innerJoin(table.coach, eq(table.coach.id, table.coachSession.coachId))
		.where(eq(table.coachSession.id, id));
	if (!row || !constantTimeEqual(hashSecret(secret), row.session.secretHash)) {
		return { session: null, coach: null };
	}
	const { session } = row;
	const expiresAt = expiryOf(session);
	if (now.getTime() >= expiresAt.getTime()) {
		await db.delete(table.coachSession).where(eq(table.coachSession.id, id));
		return { session: null, coach: null };
	}
	if (now.getTime() - session.lastActiveAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
		session.lastActiveAt = now;
		await db
			.update(table.coachSession)
			.set({ lastActiveAt: now })
			.where(eq(table.coachSession.id, id));
	}
	const { id: coachId, email, displayName } = row.coach;
	return {
		session: { id: session.id, coachId, expiresAt: expiryOf(session) },
		coach: { id: coachId, email, displayName }
	};
}

export async function invalidateSession(db: Database, sessionId: string) {
	await db.delete(table.coachSession).where(eq(table.coachSession.id, sessionId));
}

/** Ends every login session of a coach except, optionally, the one in use. */
export async function invalidateCoachSessions(db: Database, coachId: string, keepId?: string) {
	await db
		.delete(table.coachSession)
		.where(
			keepId
				? and(eq(table.coachSession.coachId, coachId), ne(table.coachSession.id, keepId))
				: eq(table.coachSession.coachId, coachId)
		);
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

function expiryOf(session: { createdAt: Date; lastActiveAt: Date }): Date {
	return new Date(
		Math.min(
			session.lastActiveAt.getTime() + INACTIVITY_LIMIT_MS,
			session.createdAt.getTime() + ABSOLUTE_LIMIT_MS
		)
	);
}

function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

function randomBase32(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

export type SessionCoach = { id: string; email: string; displayName: string };
export type SessionValidationResult =
	| { session: { id: string; coachId: string; expiresAt: Date }; coach: SessionCoach }
	| { session: null; coach: null };
