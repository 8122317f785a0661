// Starts the production server (server.js) for Playwright on a database made fresh for
// this run, and removes that database again when the server stops.
//   DATABASE_URL set: a new database `huddle_e2e_<hex>` on that Postgres server.
//   otherwise:        a new PGlite folder under the system temp dir.
// Playwright stops the server with SIGTERM (webServer.gracefulShutdown). This file owns
// the signal handlers: it tells server.js to leave them alone (huddle.externalShutdown),
// stops the app through its shutdown hook, then drops the database and exits.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SHUTDOWN_KEY = Symbol.for('huddle.shutdown');
/** run.js fails the browser tests when this file exists after Playwright is done. */
export const PRIVACY_FAILED = path.join(os.tmpdir(), 'huddle-e2e-privacy-check-failed');
const EXTERNAL_SHUTDOWN_KEY = Symbol.for('huddle.externalShutdown');
const g = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

// E2E_DEV=1: the Vite dev server instead (`npm run dev`), so the same tests also cover it.
const dev = process.env.E2E_DEV === '1';

if (!dev && !fs.existsSync(new URL('../../build/handler.js', import.meta.url))) {
	console.error('tests/e2e/serve.js: no build found. Run `npx vite build` first.');
	process.exit(1);
}

/** @type {{ describe: string, remove: () => Promise<void>, removeSync: () => void }} */
let store;
const serverUrl = process.env.DATABASE_URL;

if (serverUrl) {
	const name = `huddle_e2e_${crypto.randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	process.env.DATABASE_URL = url.toString();
	const drop = `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`;
	store = {
		describe: `Postgres database ${name}`,
		async remove() {
			const client = new pg.Client({ connectionString: serverUrl });
			await client.connect();
			try {
				await client.query(drop);
			} finally {
				await client.end();
			}
		},
		// For the 'exit' event (no async there): a short child process does the same.
		removeSync() {
			const script =
				"const pg = require('pg'); const c = new pg.Client({ connectionString: process.argv[1] });" +
				'c.connect().then(() => c.query(process.argv[2])).finally(() => c.end())' +
				'.catch((e) => { console.error(e.message); process.exitCode = 1; });';
			spawnSync(process.execPath, ['-e', script, serverUrl, drop], {
				stdio: 'inherit',
				cwd: fileURLToPath(new URL('../../', import.meta.url)),
				timeout: 15_000
			});
		}
	};
} else {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-e2e-'));
	process.env.DATA_DIR = dir;
	const removeSync = () => fs.rmSync(dir, { recursive: true, force: true });
	store = { describe: `PGlite folder ${dir}`, remove: async () => removeSync(), removeSync };
}
console.log(`e2e: fresh ${store.describe}`);

let removed = false;
let stopping = false;

/** @param {string} signal */
async function stop(signal) {
	if (stopping) return;
	stopping = true;
	let code = 0;
	try {
		const shutdown = /** @type {(() => Promise<void>) | undefined} */ (g[SHUTDOWN_KEY]);
		await shutdown?.();
		await devServer?.close();
	} catch (err) {
		console.error(`e2e: app shutdown after ${signal} failed:`, err);
		code = 1;
	}
	// What the browser tests leave behind must pass the operator's own privacy check.
	const check = spawnSync(process.execPath, ['src/cli.js', 'privacy-check'], {
		cwd: fileURLToPath(new URL('../../', import.meta.url)),
		env: process.env,
		encoding: 'utf8',
		timeout: 60_000
	});
	if (check.status === 0) {
		console.log(`e2e: privacy:check passed on ${store.describe}`);
	} else {
		console.error(
			`e2e: privacy:check failed on ${store.describe}:\n${check.stdout}${check.stderr}`
		);
		fs.writeFileSync(PRIVACY_FAILED, `${store.describe}\n${check.stdout}`, { flag: 'a' });
		code = 1;
	}
	try {
		await store.remove();
		removed = true;
		console.log(`e2e: removed ${store.describe}`);
	} catch (err) {
		console.error(`e2e: could not remove ${store.describe}:`, err);
		code = 1;
	}
	process.exit(code);
}

// Also when server.js exits on its own (for example when it cannot start).
process.on('exit', () => {
	if (!removed) store.removeSync();
});

g[EXTERNAL_SHUTDOWN_KEY] = true;
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

/** @type {import('vite').ViteDevServer | undefined} */
let devServer;
if (dev) {
	const { createServer } = await import('vite');
	devServer = await createServer({
		server: {
			port: Number.parseInt(process.env.PORT || '5173', 10),
			host: process.env.HOST || '127.0.0.1',
			strictPort: true
		},
		logLevel: 'warn'
	});
	await devServer.listen();
	console.log(`e2e: dev server on ${process.env.ORIGIN}`);
} else {
	await import('../../server.js');
}
