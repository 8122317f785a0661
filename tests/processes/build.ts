import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The process tests run the production entry (`node server.js`), so they need a fresh build.
export default function setup() {
	const root = path.resolve(import.meta.dirname, '../..');
	const started = Date.now();
	const result = spawnSync(
		path.join(root, 'node_modules', '.bin', 'vite'),
		['build', '--logLevel', 'warn'],
		{ cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }
	);
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error('vite build failed; the process tests need build/');
	}
	console.log(`process tests: built the app in ${Date.now() - started} ms`);
}
