import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { createTestCoach, createTestLive, scalePrompt } from '$lib/server/live/test-live';

// `npm run privacy:check` as an operator runs it: the real command, its report and its exit code.

const root = path.resolve(import.meta.dirname, '../..');
let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let ended = '';

function privacyCheck(env: Record<string, string | undefined>) {
	return spawnSync(process.execPath, ['src/cli.js', 'privacy-check'], {
		cwd: root,
		env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
		encoding: 'utf8',
		timeout: 120_000
	});
}

const env = () => (handle.url ? { DATABASE_URL: handle.url } : { DATA_DIR: handle.dataDir });

beforeAll(async () => {
	handle = await createTestDatabase();
	const { coachId, groupId } = await createTestCoach(handle.db);
	const { live } = createTestLive(handle.db, { maintenance: handle.maintenance });
	const created = await live.create(coachId, groupId, { title: 'S', k: 3 });
	if (!created.ok) throw new Error(created.error);
	ended = created.data.liveSessionId;
	const actor = { coachId, liveSessionId: ended };
	await live.start(actor);
	const tokens = [];
	for (let i = 0; i < 3; i++) {
		const joined = await live.join(ended);
		if (joined.ok) tokens.push(joined.data.token);
	}
	const added = await live.addPrompt(actor, { definition: scalePrompt });
	if (!added.ok) throw new Error(added.error);
	const pushed = await live.push(actor, added.data.sessionPromptId);
	if (!pushed.ok) throw new Error(pushed.error);
	for (const token of tokens) {
		await live.submitAnswer(
			{ liveSessionId: ended, token },
			{ roundId: pushed.data.roundId, idempotencyKey: randomUUID(), answer: { value: 6 } }
		);
	}
	await live.end(actor);
	if (testEngine() === 'pglite') await handle.close();
});
afterAll(async () => {
	await handle?.drop();
});

describe(`npm run privacy:check (${testEngine()})`, () => {
	it('reports every item, says what it cannot check, and exits 0 when all hold', () => {
		const run = privacyCheck(env());
		expect(run.stderr).toBe('');
		expect(run.status, run.stdout).toBe(0);
		expect(run.stdout).toContain('Huddle privacy check');
		expect(run.stdout).toMatch(/All \d+ checks passed\./);
		expect(run.stdout).toContain('Not checked here:');
		expect(run.stdout).not.toContain('FAIL');
	});

	it('exits 1 and names the item when a promise does not hold', async () => {
		const database = handle.url
			? handle
			: await openDatabase({ dataDir: handle.dataDir!, migrationsDir: 'drizzle', migrate: false });
		try {
			await database.db.execute(
				sql`update live_session set join_code = 'PLANT1' where id = ${ended}`
			);
		} finally {
			if (!handle.url) await database.close();
		}
		const run = privacyCheck(env());
		expect(run.status, run.stdout).toBe(1);
		expect(run.stdout).toMatch(/FAIL\s+Ended sessions keep no join code and no secret/);
		expect(run.stdout).toContain('1 of');
	});

	it('exits 2 with a clear message when there is no database to read', () => {
		const run = privacyCheck({ DATA_DIR: path.join(os.tmpdir(), `no-huddle-${randomUUID()}`) });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Could not check: There is no embedded database in');
	});
});
