// `npm run test:e2e`: builds the app and runs the Playwright tests in Debian's Chromium.
// Without Chromium the tests are skipped with one loud line, or fail when REQUIRE_E2E=1.
// Arguments are passed on to `playwright test` (e.g. `npm run test:e2e -- auth --headed`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
	const how = 'Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).';
	if (process.env.REQUIRE_E2E === '1') {
		console.error(
			`\nERROR: browser tests required (REQUIRE_E2E=1) but Chromium was not found at ${chromium}. ${how}\n`
		);
		process.exit(1);
	}
	console.log(`\n!!! SKIPPED browser tests: Chromium not found at ${chromium}. ${how} !!!\n`);
	process.exit(0);
}

/**
 * Runs a tool from node_modules/.bin and resolves with its exit code. Ctrl-C reaches the
 * child through the terminal's process group; this process waits for the child to finish
 * its own cleanup (Playwright stops the server, which drops its database).
 * @param {string} bin
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(bin, args) {
	return new Promise((resolve) => {
		const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, {
			cwd: root,
			stdio: 'inherit'
		});
		const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
		process.on('SIGTERM', forward);
		child.on('error', (err) => {
			console.error(`Could not run ${bin}: ${err.message}`);
			resolve(1);
		});
		child.on('exit', (code, signal) => {
			process.off('SIGTERM', forward);
			resolve(signal ? 1 : (code ?? 1));
		});
	});
}

// Ctrl-C: the terminal sends SIGINT to the child too; wait for it instead of dying first.
process.on('SIGINT', () => {});

const built = await run('vite', ['build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
// serve.js runs `npm run privacy:check` on each test database before dropping it, and leaves
// this file behind when one fails (a server's exit code does not reach Playwright's result).
const privacyFailed = path.join(os.tmpdir(), 'huddle-e2e-privacy-check-failed');
fs.rmSync(privacyFailed, { force: true });
const code = await run('playwright', ['test', ...process.argv.slice(2)]);
if (fs.existsSync(privacyFailed)) {
	console.error(`\nERROR: privacy:check failed on a database the browser tests left behind:\n`);
	console.error(fs.readFileSync(privacyFailed, 'utf8'));
	process.exit(1);
}
process.exit(code);
