import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { open, seal } from '$lib/server/crypto/secret-box';

// Each live session has a 32-byte secret for dedupe keys. It is stored only sealed with the
// app key (which never enters the database) and destroyed when the session ends.

/** HMAC(live-session secret, raw token ‖ round id): differs for every device and round. */
export function dedupeKey(secret: Uint8Array, token: string, roundId: string): Uint8Array {
	return new Uint8Array(
		createHmac('sha256', secret).update(token).update('\u0000').update(roundId).digest()
	);
}

/** A fresh secret, sealed for one live session (the id is bound in, so it cannot be moved). */
export function drawSealedSecret(appKey: Buffer, liveSessionId: string): Uint8Array {
	const secret = randomBytes(32);
	try {
		return seal(appKey, secret, liveSessionId);
	} finally {
		secret.fill(0);
	}
}

/** How long a decrypted secret is served from memory before the database is asked again. */
const CACHE_TTL_MS = 60_000;

/**
 * Decrypted secrets of live sessions, cached per process. On a miss (a restart, another
 * process) the secret is read again and opened with the app key, and only while the session
 * is live. The end of a session makes every process forget it at once; should that message
 * be lost, the entry still expires within a minute, and an answer to an ended session is
 * refused by the database anyway (its rounds are closed).
 */
export class SecretStore {
	private readonly cache = new Map<string, { secret: Uint8Array; until: number }>();

	constructor(
		private readonly db: Database,
		private readonly appKey: Buffer,
		private readonly now: () => number = Date.now
	) {}

	async get(liveSessionId: string): Promise<Uint8Array | null> {
		const cached = this.cache.get(liveSessionId);
		if (cached && cached.until > this.now()) return cached.secret;
		// Expired: dropped, not overwritten, as an answer in flight may still be using it.
		if (cached) this.cache.delete(liveSessionId);
		const [row] = await this.db
			.select({ sealed: table.liveSession.secretCiphertext })
			.from(table.liveSession)
			.where(and(eq(table.liveSession.id, liveSessionId), eq(table.liveSession.status, 'live')));
		if (!row?.sealed) return null;
		const secret = open(this.appKey, row.sealed, liveSessionId);
		this.cache.set(liveSessionId, { secret, until: this.now() + CACHE_TTL_MS });
		return secret;
	}

	/** At the end of a session: overwrites and drops the cached secret; true when there was one. */
	forget(liveSessionId: string): boolean {
		const cached = this.cache.get(liveSessionId);
		if (!cached) return false;
		cached.secret.fill(0);
		this.cache.delete(liveSessionId);
		return true;
	}

	has(liveSessionId: string): boolean {
		return this.cache.has(liveSessionId);
	}
}

/**
 * The room display's read-only token, derived from the session's secret: the coach's console
 * can show the link again at any time, nothing more is stored, and the link stops working
 * when the secret is destroyed at the end. (No participant token can take this input: theirs
 * are random and are always followed by a round id.)
 */
export function displayToken(secret: Uint8Array): string {
	return createHmac('sha256', secret)
		.update('huddle room display\u0000v1')
		.digest()
		.subarray(0, 24)
		.toString('base64url');
}

/** Compares a presented display token with the session's, in constant time. */
export function isDisplayToken(secret: Uint8Array, presented: unknown): boolean {
	if (typeof presented !== 'string' || presented.length !== 32) return false;
	const expected = Buffer.from(displayToken(secret));
	const given = Buffer.from(presented);
	return given.length === expected.length && timingSafeEqual(given, expected);
}
