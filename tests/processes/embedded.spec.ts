import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { startApp, type AppProcess } from './app-process';

// The embedded database (PGlite) has no lock between processes, so it serves exactly one:
// a second `node server.js` on the same folder refuses to start, and says why and what to do.

describe.runIf(testEngine() === 'pglite')('the embedded database', () => {
	let handle: Awaited<ReturnType<typeof createTestDatabase>>;
	let first: AppProcess | undefined;

	beforeAll(async () => {
		handle = await createTestDatabase();
		await handle.close();
	});
	afterAll(async () => {
		await first?.kill();
		await handle?.drop();
	});

	it('serves one process; a second one on the same folder refuses clearly', async () => {
		first = await startApp({ DATA_DIR: handle.dataDir });
		const second = await startApp({ DATA_DIR: handle.dataDir }, { expectExit: true });
		expect(await second.exited).toBe(1);
		expect(second.output()).toContain(
			`The embedded database in ${handle.dataDir} is in use by another Huddle process (pid ${first.child.pid})`
		);
		expect(second.output()).toContain('use a Postgres server via DATABASE_URL');
		// The first one is unharmed.
		expect((await fetch(`${first.url}/healthz`)).ok).toBe(true);
	});
});
