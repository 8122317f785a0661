import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '$lib/prompts/kinds';
import { rowsOf, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { open } from '$lib/server/crypto/secret-box';
import { runPrivacyCheck } from '$lib/server/privacy/check';
import type { CoachActor, LiveDomain } from './index';
import type { NotifyEvent } from './notify';
import { hashToken } from './participants';
import { dedupeKey } from './secrets';
import { createTestCoach, createTestLive, scalePrompt, must } from './test-live';

// What the end of a session must make the storage forget, attacked as a database
// administrator would: statistics, archived below-k answers, a cleanup that failed once,
// and every byte of the embedded database's folder.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;
let events: NotifyEvent[];
let appKey: Buffer;
let coachId: string;
let groupId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	const test = createTestLive(db, { maintenance: handle.maintenance });
	({ live, appKey } = test);
	events = test.notify!.events;
});
afterAll(async () => {
	await handle?.drop();
});

const as = (liveSessionId: string): CoachActor => ({ coachId, liveSessionId });

async function liveSession(k = 3, phones = 4) {
	const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'S', k }));
	must(await live.start(as(liveSessionId)));
	const tokens: string[] = [];
	for (let i = 0; i < phones; i++) tokens.push(must(await live.join(liveSessionId)).token);
	return { id: liveSessionId, tokens };
}

const answer = (id: string, token: string, roundId: string, value: AnswerValue | null) =>
	live.submitAnswer(
		{ liveSessionId: id, token },
		value === null
			? { roundId, idempotencyKey: randomUUID(), pass: true }
			: { roundId, idempotencyKey: randomUUID(), answer: value }
	);

const textPrompt = { kind: 'text', text: 'What stayed with you?' } as const;

describe('rounds that released nothing', () => {
	it('keep only their counts after the end; their answers and passes are deleted', async () => {
		const { id, tokens } = await liveSession(3, 4);
		const quiet = must(await live.addPrompt(as(id), { definition: textPrompt })).sessionPromptId;
		const open = must(await live.addPrompt(as(id), { definition: scalePrompt })).sessionPromptId;
		const quietRound = must(await live.push(as(id), quiet)).roundId;
		const secretText = `below-k-${randomBytes(6).toString('hex')}`;
		must(await answer(id, tokens[0]!, quietRound, { text: secretText }));
		must(await answer(id, tokens[1]!, quietRound, { text: `${secretText}-2` }));
		must(await answer(id, tokens[2]!, quietRound, null));
		expect(must(await live.close(as(id), quietRound))).toEqual({ released: false });
		const openRound = must(await live.push(as(id), open)).roundId;
		for (const [i, token] of tokens.entries())
			must(await answer(id, token, openRound, { value: i }));
		must(await live.end(as(id)));

		const archived = async (roundId: string) =>
			rowsOf<{ n: number }>(
				await db.execute(sql`select count(*)::int as n from response where round_id = ${roundId}`)
			)[0]!.n;
		expect(await archived(quietRound)).toBe(0);
		expect(await archived(openRound)).toBe(4);
		const counts = await db
			.select({
				id: table.promptRound.id,
				answered: table.promptRound.answeredCount,
				passed: table.promptRound.passedCount
			})
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, id));
		expect(counts.find((r) => r.id === quietRound)).toMatchObject({ answered: 2, passed: 1 });
		expect(counts.find((r) => r.id === openRound)).toMatchObject({ answered: 4, passed: 0 });
		const everything = JSON.stringify(
			rowsOf(await db.execute(sql`select to_jsonb(r) from response r`))
		);
		expect(everything).not.toContain(secretText);
	});
});

describe('planner statistics', () => {
	it('keep no sample of any live table, even after ANALYZE while live', async () => {
		const { id, tokens } = await liveSession(3, 6);
		const sp = must(await live.addPrompt(as(id), { definition: textPrompt })).sessionPromptId;
		const roundId = must(await live.push(as(id), sp)).roundId;
		// Many rows with the same text make it a "most common value"; one writer then retracts.
		const retracted = `retracted-${randomBytes(6).toString('hex')}`;
		for (const token of tokens) must(await answer(id, token, roundId, { text: retracted }));
		must(await answer(id, tokens[0]!, roundId, null));
		for (const name of ['live_response', 'participant', 'live_session']) {
			await db.execute(sql.raw(`analyze ${name}`));
		}
		const stats = rowsOf<{ tablename: string; attname: string }>(
			await db.execute(sql`
				select tablename, attname from pg_stats
				where schemaname = 'public' and tablename in ('live_response', 'participant')
					or (tablename = 'live_session' and attname in ('secret_ciphertext', 'join_code'))`)
		);
		expect(stats).toEqual([]);
		const all = JSON.stringify(rowsOf(await db.execute(sql`select * from pg_stats`)));
		expect(all).not.toContain(retracted);
		must(await live.end(as(id)));
		expect(JSON.stringify(rowsOf(await db.execute(sql`select * from pg_stats`)))).not.toContain(
			retracted
		);
	});
});

describe('a cleanup that fails', () => {
	it('does not keep the phones from being told, and is done by the next end or sweep', async () => {
		const vacuum = vi.spyOn(handle.maintenance, 'vacuumFull');
		vacuum.mockImplementationOnce(async () => {
			events.push({ type: 'ended', liveSessionId: 'cleanup-attempt' });
			throw Object.assign(new Error('canceling statement due to lock timeout'), {
				code: '55P03'
			});
		});
		try {
			const first = await liveSession(3, 3);
			const mark = events.length;
			expect(await live.end(as(first.id))).toEqual({ ok: true, data: null });
			// Told first; the cleanup came after, failed, and left the session marked.
			expect(events.slice(mark).map((e) => e.liveSessionId)).toEqual([first.id, 'cleanup-attempt']);
			const pending = async (liveSessionId: string) =>
				(
					await db
						.select({ p: table.liveSession.cleanupPending })
						.from(table.liveSession)
						.where(eq(table.liveSession.id, liveSessionId))
				)[0]!.p;
			expect(await pending(first.id)).toBe(true);

			// Another session's end is told and cleaned up, and its cleanup covers the first.
			const second = await liveSession(3, 3);
			const told = events.length;
			expect(await live.end(as(second.id))).toEqual({ ok: true, data: null });
			expect(events.slice(told)).toEqual([{ type: 'ended', liveSessionId: second.id }]);
			expect(await pending(first.id)).toBe(false);
			expect(await pending(second.id)).toBe(false);
			expect(vacuum).toHaveBeenCalledTimes(2);

			// And with nothing ending, the idle sweep retries a failed cleanup.
			const third = await liveSession(3, 1);
			vacuum.mockRejectedValueOnce(new Error('lock timeout'));
			must(await live.end(as(third.id)));
			expect(await pending(third.id)).toBe(true);
			expect(await live.sweepIdle(new Date())).toEqual([]);
			expect(await pending(third.id)).toBe(false);
		} finally {
			vacuum.mockRestore();
		}
	});

	it.runIf(testEngine() === 'postgres')(
		'gives up on a table a backup holds, instead of queueing every answer behind it',
		async () => {
			const { id, tokens } = await liveSession(3, 3);
			const sp = must(await live.addPrompt(as(id), { definition: scalePrompt })).sessionPromptId;
			const roundId = must(await live.push(as(id), sp)).roundId;
			for (const token of tokens) must(await answer(id, token, roundId, { value: 5 }));
			// A pg_dump holds ACCESS SHARE on every table it reads, for as long as it runs.
			const dump = new pg.Client({ connectionString: handle.url });
			await dump.connect();
			try {
				await dump.query('begin isolation level repeatable read');
				await dump.query('lock table live_response in access share mode');
				const other = await liveSession(3, 2);
				const mark = events.length;
				const started = Date.now();
				expect(await live.end(as(id))).toEqual({ ok: true, data: null });
				expect(events.slice(mark)).toContainEqual({ type: 'ended', liveSessionId: id });
				// Answers of another live session still go in meanwhile.
				const otherSp = must(
					await live.addPrompt(as(other.id), { definition: scalePrompt })
				).sessionPromptId;
				const otherRound = must(await live.push(as(other.id), otherSp)).roundId;
				must(await answer(other.id, other.tokens[0]!, otherRound, { value: 1 }));
				expect(Date.now() - started).toBeLessThan(30_000);
			} finally {
				await dump.query('rollback');
				await dump.end();
			}
			expect(await live.sweepIdle(new Date())).toEqual([]);
			const [row] = await db
				.select({ p: table.liveSession.cleanupPending })
				.from(table.liveSession)
				.where(eq(table.liveSession.id, id));
			expect(row!.p).toBe(false);
		}
	);
});

describe.runIf(testEngine() === 'pglite')('the embedded database folder', () => {
	it('holds no key, hash, secret, token or unreleased answer of a session after its end and a stop', async () => {
		const { id, tokens } = await liveSession(3, 4);
		const [sealedRow] = await db
			.select({ sealed: table.liveSession.secretCiphertext })
			.from(table.liveSession)
			.where(eq(table.liveSession.id, id));
		const sealed = Buffer.from(sealedRow!.sealed!);
		const secret = open(appKey, sealed, id);
		const sp = must(await live.addPrompt(as(id), { definition: textPrompt })).sessionPromptId;
		const quiet = must(
			await live.addPrompt(as(id), { definition: { kind: 'text', text: 'And one more thing?' } })
		).sessionPromptId;
		const roundId = must(await live.push(as(id), sp)).roundId;
		const draft = `edited-away-${randomBytes(6).toString('hex')}`;
		const kept = tokens.map((_, i) => `kept-${i}-${randomBytes(4).toString('hex')}`);
		must(await answer(id, tokens[0]!, roundId, { text: draft }));
		for (const [i, token] of tokens.entries())
			must(await answer(id, token, roundId, { text: kept[i]! }));
		must(await live.close(as(id), roundId));
		const quietRound = must(await live.push(as(id), quiet)).roundId;
		const unreleased = `unreleased-${randomBytes(6).toString('hex')}`;
		must(await answer(id, tokens[1]!, quietRound, { text: unreleased }));

		const needles: [string, Buffer][] = [
			['an edited-away answer', Buffer.from(draft)],
			['an answer of a round below k', Buffer.from(unreleased)],
			['the sealed secret', sealed],
			['the secret', Buffer.from(secret)],
			...tokens.flatMap((token, i): [string, Buffer][] => [
				[`token ${i}`, Buffer.from(token)],
				[`token hash ${i}`, Buffer.from(hashToken(token))],
				[`dedupe key ${i}`, Buffer.from(dedupeKey(secret, token, roundId))]
			])
		];
		const folder = path.join(handle.dataDir!, 'pglite');
		// While live, the write-ahead log holds them (so the check below can fail).
		await db.execute(sql`checkpoint`);
		const before = holding(folder, needles);
		expect(before.some((h) => h.file.includes('pg_wal'))).toBe(true);
		expect(before.map((h) => h.what)).toContain('an edited-away answer');

		must(await live.end(as(id)));
		await handle.close();
		const after = holding(folder, needles);
		expect(after).toEqual([]);
		// The folder passes privacy:check as it is left.
		const report = await runPrivacyCheck({
			dataDir: handle.dataDir!,
			migrationsDir: path.resolve('drizzle')
		});
		expect(report.items.filter((i) => !i.ok)).toEqual([]);
		// The released answers are still there, shuffled, for the coach's record.
		expect(holding(folder, [['a released answer', Buffer.from(kept[0]!)]]).length).toBeGreaterThan(
			0
		);
	});
});

/** Which files of a folder (all of it: tables, indexes, free-space maps, WAL) hold which needles. */
function holding(folder: string, needles: [string, Buffer][]) {
	const found: { file: string; what: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) {
				const bytes = fs.readFileSync(full);
				for (const [what, needle] of needles) {
					if (bytes.includes(needle)) found.push({ file: path.relative(folder, full), what });
				}
			}
		}
	};
	walk(folder);
	return found;
}

describe.runIf(testEngine() === 'postgres')('the server database this file leaves behind', () => {
	it('passes privacy:check', async () => {
		const report = await runPrivacyCheck({
			databaseUrl: handle.url,
			dataDir: '',
			migrationsDir: path.resolve('drizzle')
		});
		expect(report.items.filter((i) => !i.ok)).toEqual([]);
	});
});
