import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '$lib/server/db/test-db';
import * as table from '$lib/server/db/schema';
import { registerCoach } from '$lib/server/coaches';
import {
	ABSOLUTE_LIMIT_MS,
	ACTIVITY_WRITE_INTERVAL_MS,
	INACTIVITY_LIMIT_MS,
	createSession,
	generateSessionToken,
	invalidateCoachSessions,
	invalidateSession,
	validateSessionToken
} from './session';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let coachId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	const result = await registerCoach(handle.db, {
		email: 'session@example.org',
		displayName: 'Session Coach',
		password: 'a quiet room at dawn'
	});
	if (!result.ok) throw new Error('setup failed');
	coachId = result.coach.id;
});
afterAll(() => handle.drop());

describe('login session tokens', () => {
	it('are random, with at least 128 bits in the secret', () => {
		const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
		expect(tokens.size).toBe(200);
		const [, secret] = generateSessionToken().split('.');
		// base32: 5 bits a character
		expect(secret!.length * 5).toBeGreaterThanOrEqual(128);
	});

	it('store only a hash of the secret, never the token', async () => {
		const { token } = await createSession(handle.db, coachId);
		const [id, secret] = token.split('.') as [string, string];
		const [row] = await handle.db
			.select()
			.from(table.coachSession)
			.where(eq(table.coachSession.id, id));
		expect(row).toBeDefined();
		const stored = JSON.stringify({
			...row,
			secretHash: Buffer.from(row!.secretHash).toString('hex')
		});
		expect(stored).not.toContain(secret);
		expect(stored).not.toContain(token);
		expect(row!.secretHash.byteLength).toBe(32);
	});

	it('validate to the coach, and refuse a wrong or malformed secret', async () => {
		const { token } = await createSession(handle.db, coachId);
		const ok = await validateSessionToken(handle.db, token);
		expect(ok.coach?.id).toBe(coachId);
		expect(ok.coach?.email).toBe('session@example.org');
		const [id] = token.split('.');
		expect((await validateSessionToken(handle.db, `${id}.${'a'.repeat(32)}`)).session).toBeNull();
		for (const bad of ['', '.', 'abc', `${id}.`, `${token}.x`, 'x'.repeat(5000)]) {
			expect((await validateSessionToken(handle.db, bad)).session).toBeNull();
		}
	});

	it('slide the inactivity window forward when used, at most once an interval', async () => {
		const start = new Date('2026-01-01T08:00:00Z');
		const { token } = await createSession(handle.db, coachId, start);
		const id = token.split('.')[0]!;
		const lastActive = async () =>
			(
				await handle.db
					.select({ at: table.coachSession.lastActiveAt })
					.from(table.coachSession)
					.where(eq(table.coachSession.id, id))
			)[0]!.at.getTime();

		const soon = new Date(start.getTime() + ACTIVITY_WRITE_INTERVAL_MS / 2);
		await validateSessionToken(handle.db, token, soon);
		expect(await lastActive()).toBe(start.getTime());

		const later = new Date(start.getTime() + INACTIVITY_LIMIT_MS - 1000);
		const result = await validateSessionToken(handle.db, token, later);
		expect(result.session).not.toBeNull();
		expect(await lastActive()).toBe(later.getTime());
		expect(result.session!.expiresAt.getTime()).toBe(later.getTime() + INACTIVITY_LIMIT_MS);

		// Still valid past the first inactivity limit, because it was used.
		const afterFirstWindow = new Date(start.getTime() + INACTIVITY_LIMIT_MS + 60_000);
		expect((await validateSessionToken(handle.db, token, afterFirstWindow)).session).not.toBeNull();
	});

	it('expire after the inactivity limit and delete the row', async () => {
		const start = new Date('2026-02-01T08:00:00Z');
		const { token } = await createSession(handle.db, coachId, start);
		const id = token.split('.')[0]!;
		const idle = new Date(start.getTime() + INACTIVITY_LIMIT_MS + 1);
		expect((await validateSessionToken(handle.db, token, idle)).session).toBeNull();
		const rows = await handle.db
			.select()
			.from(table.coachSession)
			.where(eq(table.coachSession.id, id));
		expect(rows).toHaveLength(0);
	});

	it('expire at the absolute limit however active', async () => {
		const start = new Date('2026-03-01T08:00:00Z');
		const { token } = await createSession(handle.db, coachId, start);
		let now = start.getTime();
		while (now + INACTIVITY_LIMIT_MS / 2 < start.getTime() + ABSOLUTE_LIMIT_MS) {
			now += INACTIVITY_LIMIT_MS / 2;
			expect((await validateSessionToken(handle.db, token, new Date(now))).session).not.toBeNull();
		}
		const end = new Date(start.getTime() + ABSOLUTE_LIMIT_MS);
		expect((await validateSessionToken(handle.db, token, end)).session).toBeNull();
	});

	it('end on logout, and all but the current one on a password change', async () => {
		const a = await createSession(handle.db, coachId);
		const b = await createSession(handle.db, coachId);
		const c = await createSession(handle.db, coachId);
		const aId = a.token.split('.')[0]!;
		await invalidateSession(handle.db, aId);
		expect((await validateSessionToken(handle.db, a.token)).session).toBeNull();
		expect((await validateSessionToken(handle.db, b.token)).session).not.toBeNull();

		await invalidateCoachSessions(handle.db, coachId, b.token.split('.')[0]);
		expect((await validateSessionToken(handle.db, b.token)).session).not.toBeNull();
		expect((await validateSessionToken(handle.db, c.token)).session).toBeNull();
	});

	it('are removed with the coach', async () => {
		const r = await registerCoach(handle.db, {
			email: 'gone@example.org',
			displayName: 'Gone',
			password: 'leaving for good now'
		});
		if (!r.ok) throw new Error('setup');
		await createSession(handle.db, r.coach.id);
		await handle.db.delete(table.coach).where(eq(table.coach.id, r.coach.id));
		const [{ n }] = (await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(table.coachSession)
			.where(eq(table.coachSession.coachId, r.coach.id))) as [{ n: number }];
		expect(n).toBe(0);
	});
});
