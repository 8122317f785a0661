import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '$lib/server/db';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { createTestCoach, createTestLive, scalePrompt } from '$lib/server/live/test-live';
import { runPrivacyCheck, type PrivacyReport } from './check';

// privacy:check passes on a database that sessions really ran on, and fails — on the right
// item — for each violation planted into it. Both engines.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
const ids = { ended: '', released: '', belowK: '' };

beforeAll(async () => {
	handle = await createTestDatabase();
	const { coachId, groupId } = await createTestCoach(handle.db);
	const { live } = createTestLive(handle.db, { maintenance: handle.maintenance });
	const must = <T>(r: { ok: true; data: T } | { ok: false; error: string }) => {
		if (!r.ok) throw new Error(r.error);
		return r.data;
	};
	for (const stays of [false, true]) {
		const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'S', k: 3 }));
		const actor = { coachId, liveSessionId };
		must(await live.start(actor));
		const tokens = [];
		for (let i = 0; i < 4; i++) tokens.push(must(await live.join(liveSessionId)).token);
		const a = must(await live.addPrompt(actor, { definition: scalePrompt })).sessionPromptId;
		const b = must(
			await live.addPrompt(actor, { definition: { kind: 'text', text: 'And you?' } })
		).sessionPromptId;
		const released = must(await live.push(actor, a)).roundId;
		for (const [i, token] of tokens.entries()) {
			must(
				await live.submitAnswer(
					{ liveSessionId, token },
					{ roundId: released, idempotencyKey: randomUUID(), answer: { value: i } }
				)
			);
		}
		const belowK = must(await live.push(actor, b)).roundId;
		must(
			await live.submitAnswer(
				{ liveSessionId, token: tokens[0]! },
				{ roundId: belowK, idempotencyKey: randomUUID(), answer: { text: 'alone here' } }
			)
		);
		// One session stays live (its rows are allowed), the other ends.
		if (!stays) {
			must(await live.end(actor));
			Object.assign(ids, { ended: liveSessionId, released, belowK });
		}
	}
	if (testEngine() === 'pglite') await handle.close();
});
afterAll(async () => {
	await handle?.drop();
});

const check = () =>
	runPrivacyCheck({
		databaseUrl: handle.url,
		dataDir: handle.dataDir ?? '',
		migrationsDir: path.resolve('drizzle')
	});

/** Runs statements on the database between checks (the embedded one is reopened for it). */
async function withDatabase(run: (db: DatabaseHandle) => Promise<void>) {
	if (testEngine() === 'postgres') return run(handle);
	const db = await openDatabase({
		dataDir: handle.dataDir!,
		migrationsDir: path.resolve('drizzle'),
		migrate: false
	});
	try {
		await run(db);
	} finally {
		await db.close();
	}
}

/** Undoes a plant on the embedded database without leaving its traces in the files either. */
async function tidy(db: DatabaseHandle) {
	await db.maintenance.vacuumFull(
		['live_response', 'participant', 'live_session', 'response'],
		3_000
	);
	await db.maintenance.forgetWriteAheadLog();
}

const failed = (report: PrivacyReport) => report.items.filter((i) => !i.ok).map((i) => i.name);

describe('privacy:check', () => {
	it('passes on a database where sessions ran and ended', async () => {
		const report = await check();
		expect(failed(report)).toEqual([]);
		expect(report.ok).toBe(true);
		expect(report.items.length).toBeGreaterThanOrEqual(testEngine() === 'pglite' ? 10 : 8);
		expect(report.notChecked.join(' ')).toMatch(
			testEngine() === 'postgres'
				? /write-ahead log, WAL archives, replicas and backups/
				: /Copies of the data folder/
		);
	});

	const plants: { name: string; fails: RegExp; plant: string[]; undo: string[] }[] = [
		{
			name: 'a join code left on an ended session',
			fails: /join code and no secret/,
			plant: [`update live_session set join_code = 'ZZZZZZ' where id = '$ended'`],
			undo: [`update live_session set join_code = null where id = '$ended'`]
		},
		{
			name: 'a token hash of an ended session',
			fails: /token hash/,
			plant: [
				`insert into participant (live_session_id, token_hash) values ('$ended', '\\x${randomBytes(32).toString('hex')}')`
			],
			undo: [`delete from participant where live_session_id = '$ended'`]
		},
		{
			name: 'a keyed answer of an ended session',
			fails: /answer with a dedupe key/,
			plant: [
				`insert into live_response (round_id, dedupe_key, passed, answer) values ('$released', '\\x${randomBytes(32).toString('hex')}', false, '{"value": 1}')`
			],
			undo: [`delete from live_response where round_id = '$released'`]
		},
		{
			name: 'an archived answer of a round that released nothing',
			fails: /released nothing are deleted/,
			plant: [
				`insert into response (round_id, passed, answer) values ('$belowK', false, '{"text": "kept"}')`
			],
			undo: [`delete from response where round_id = '$belowK'`]
		},
		{
			name: 'a clean-up still to do',
			fails: /clean-up after every end/,
			plant: [`update live_session set cleanup_pending = true where id = '$ended'`],
			undo: [`update live_session set cleanup_pending = false where id = '$ended'`]
		},
		{
			name: 'statistics allowed on answers',
			fails: /planner statistics/,
			plant: [`alter table live_response alter column answer set statistics 100`],
			undo: [`alter table live_response alter column answer set statistics 0`]
		},
		{
			name: 'a timestamp on archived answers',
			fails: /allow-listed columns/,
			plant: [`alter table response add column created_at timestamptz default now()`],
			undo: [`alter table response drop column created_at`]
		},
		{
			name: 'an archived answer with a time-ordered id',
			fails: /random ids/,
			plant: [
				`insert into response (id, round_id, passed, answer) values ('018f3a2b-7c4d-7e5f-8a9b-0c1d2e3f4a5b', '$released', true, null)`
			],
			undo: [`delete from response where id = '018f3a2b-7c4d-7e5f-8a9b-0c1d2e3f4a5b'`]
		}
	];

	it.each(plants)(
		'fails on $name, and passes again once it is gone',
		async ({ fails, plant, undo }) => {
			const fill = (s: string) =>
				s
					.replaceAll('$ended', ids.ended)
					.replaceAll('$released', ids.released)
					.replaceAll('$belowK', ids.belowK);
			await withDatabase(async (db) => {
				for (const statement of plant) await db.db.execute(sql.raw(fill(statement)));
			});
			const report = await check();
			expect(report.ok).toBe(false);
			expect(
				failed(report).some((name) => fails.test(name)),
				failed(report).join('; ')
			).toBe(true);
			await withDatabase(async (db) => {
				for (const statement of undo) await db.db.execute(sql.raw(fill(statement)));
				if (testEngine() === 'pglite') await tidy(db);
			});
			expect(failed(await check())).toEqual([]);
		}
	);

	it.runIf(testEngine() === 'pglite')(
		'fails on a write-ahead log segment kept from before the last checkpoint',
		async () => {
			const leftover = path.join(handle.dataDir!, 'pglite', 'pg_wal', '000000010000000000000000');
			fs.writeFileSync(leftover, randomBytes(1024));
			try {
				expect(failed(await check())).toEqual([
					'The write-ahead log keeps no segment from before its last checkpoint'
				]);
			} finally {
				fs.rmSync(leftover);
			}
			expect(failed(await check())).toEqual([]);
		}
	);

	it('changes nothing in the database it checks', async () => {
		const snapshot = async () => {
			let dump = '';
			await withDatabase(async (db) => {
				const tables = ['live_session', 'participant', 'live_response', 'response', 'prompt_round'];
				for (const t of tables) {
					dump += JSON.stringify(await db.db.execute(sql.raw(`select * from ${t} order by 1`)));
				}
			});
			return dump;
		};
		const before = await snapshot();
		const folder = handle.dataDir ? path.join(handle.dataDir, 'pglite') : null;
		const files = folder ? listFiles(folder) : '';
		await check();
		// The embedded folder itself is only read (the check opens a copy of it).
		if (folder) expect(listFiles(folder)).toBe(files);
		expect(await snapshot()).toBe(before);
	});
});

/** Every file of a folder with its size and modification time. */
function listFiles(dir: string): string {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, e.name);
			if (e.isDirectory()) walk(full);
			else {
				const stat = fs.statSync(full);
				out.push(`${path.relative(dir, full)} ${stat.size} ${stat.mtimeMs}`);
			}
		}
	};
	walk(dir);
	return out.sort().join('\n');
}
