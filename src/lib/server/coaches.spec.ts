import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '$lib/server/db/test-db';
import { rowsOf } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import {
	authenticateCoach,
	changeCoachEmail,
	confirmCoachPassword,
	deleteCoach,
	getCoachByEmail,
	registerCoach,
	setCoachPassword
} from './coaches';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	handle = await createTestDatabase();
});
afterAll(() => handle.drop());

const countCoaches = async () =>
	(await handle.db.select({ n: sql<number>`count(*)::int` }).from(table.coach))[0]!.n;

describe('coach accounts', () => {
	it('sign-up stores an argon2id hash, never the password', async () => {
		const password = 'morning light on the ward';
		const r = await registerCoach(handle.db, {
			email: 'Ada@Example.org',
			displayName: 'Ada',
			password
		});
		expect(r.ok).toBe(true);
		const dump = JSON.stringify(rowsOf(await handle.db.execute(sql`select * from coach`)));
		expect(dump).not.toContain(password);
		const row = await getCoachByEmail(handle.db, 'ada@example.org');
		expect(row?.email).toBe('ada@example.org');
		expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('refuses a duplicate email whatever its case, and writes nothing', async () => {
		const before = await countCoaches();
		const r = await registerCoach(handle.db, {
			email: 'ADA@example.org',
			displayName: 'Another Ada',
			password: 'a different long phrase'
		});
		expect(r).toEqual({ ok: false, fields: { email: expect.stringContaining('already exists') } });
		expect(await countCoaches()).toBe(before);
	});

	it('refuses a common password, and writes nothing', async () => {
		const before = await countCoaches();
		const r = await registerCoach(handle.db, {
			email: 'common@example.org',
			displayName: 'C',
			password: 'Password123'
		});
		expect(r.ok).toBe(false);
		expect(await countCoaches()).toBe(before);
	});

	it('logs in with the right password and not with a wrong one', async () => {
		const ok = await authenticateCoach(
			handle.db,
			'ada@example.org',
			'morning light on the ward',
			'10.0.0.1'
		);
		expect(ok).toMatchObject({ ok: true, coach: { email: 'ada@example.org' } });
		const bad = await authenticateCoach(handle.db, 'ada@example.org', 'wrong guess', '10.0.0.1');
		expect(bad).toEqual({ ok: false, reason: 'invalid' });
		const nobody = await authenticateCoach(handle.db, 'nobody@example.org', 'x', '10.0.0.1');
		expect(nobody).toEqual({ ok: false, reason: 'invalid' });
	});

	it('limits failed logins per account, even for the right password, with a clear message', async () => {
		await registerCoach(handle.db, {
			email: 'limited@example.org',
			displayName: 'L',
			password: 'limited but long enough'
		});
		for (let i = 0; i < 10; i++) {
			const r = await authenticateCoach(
				handle.db,
				'limited@example.org',
				`nope ${i}`,
				`10.1.0.${i}`
			);
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await authenticateCoach(
			handle.db,
			'limited@example.org',
			'limited but long enough',
			'10.1.1.1'
		);
		expect(blocked).toMatchObject({ ok: false, reason: 'rate_limited' });
		expect(blocked.ok === false && 'message' in blocked && blocked.message).toMatch(/try again in/);
		// Another account from another address is unaffected.
		const other = await authenticateCoach(
			handle.db,
			'ada@example.org',
			'morning light on the ward',
			'10.1.1.2'
		);
		expect(other.ok).toBe(true);
	});

	it('limits failed logins per client address across accounts', async () => {
		for (let i = 0; i < 50; i++) {
			await authenticateCoach(handle.db, `guess${i}@example.org`, 'x', '192.0.2.77');
		}
		const r = await authenticateCoach(
			handle.db,
			'ada@example.org',
			'morning light on the ward',
			'192.0.2.77'
		);
		expect(r).toMatchObject({ ok: false, reason: 'rate_limited' });
	});

	it('changes password and email, checking the current password', async () => {
		const r = await registerCoach(handle.db, {
			email: 'change@example.org',
			displayName: 'Changer',
			password: 'first phrase of many'
		});
		if (!r.ok) throw new Error('setup');
		expect(await confirmCoachPassword(handle.db, r.coach.id, 'wrong')).toBe(false);
		expect(await confirmCoachPassword(handle.db, r.coach.id, 'first phrase of many')).toBe(true);
		expect(await setCoachPassword(handle.db, r.coach.id, 'short')).toMatchObject({ ok: false });
		expect(await setCoachPassword(handle.db, r.coach.id, 'second phrase of many')).toEqual({
			ok: true
		});
		expect(await confirmCoachPassword(handle.db, r.coach.id, 'second phrase of many')).toBe(true);

		expect(await changeCoachEmail(handle.db, r.coach.id, 'ada@example.org')).toMatchObject({
			ok: false
		});
		expect(await changeCoachEmail(handle.db, r.coach.id, 'New@Example.org')).toEqual({ ok: true });
		expect((await getCoachByEmail(handle.db, 'new@example.org'))?.id).toBe(r.coach.id);
	});

	it('deletes an account with what it owns', async () => {
		const r = await registerCoach(handle.db, {
			email: 'bye@example.org',
			displayName: 'Bye',
			password: 'so long and thanks'
		});
		if (!r.ok) throw new Error('setup');
		await deleteCoach(handle.db, r.coach.id);
		expect(await getCoachByEmail(handle.db, 'bye@example.org')).toBeNull();
	});
});
