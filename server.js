// Production entry: `npm start` (after `vite build`). adapter-node's handler serves the
// app; Socket.IO is attached to the same HTTP server. The handlers for Socket.IO are
// installed from inside SvelteKit when its `init` hook runs (while handler.js loads).
import http from 'node:http';
import { createSocketServer } from './src/socket-server.js';

const port = Number.parseInt(process.env.PORT || '3000', 10);
const host = process.env.HOST || '0.0.0.0';
// Forms are checked against ORIGIN; without it a form POST would be refused as cross-site.
process.env.ORIGIN ||= `http://localhost:${port}`;
process.env.NODE_ENV ||= 'production';

/** @type {import('node:http').RequestListener | undefined} */
let handler;
const server = http.createServer((req, res) => {
	if (handler) handler(req, res);
	else {
		res.statusCode = 503;
		res.end('Huddle is starting');
	}
});
createSocketServer(server);

try {
	// A variable specifier, so type checks do not descend into the generated build.
	const entry = './build/handler.js';
	({ handler } = await import(entry));
} catch (err) {
	const e = /** @type {Error} */ (err);
	console.error(`Huddle could not start: ${e.message}`);
	process.exit(1);
}

server.listen(port, host, () => {
	console.log(`Huddle is listening on ${process.env.ORIGIN} (port ${port})`);
});

let stopping = false;
async function shutdown() {
	if (stopping) return;
	stopping = true;
	server.closeAllConnections?.();
	server.close();
	/** @type {(() => Promise<void>) | undefined} */
	const stop = /** @type {any} */ (globalThis)[Symbol.for('huddle.shutdown')];
	try {
		await stop?.();
	} finally {
		process.exit(0);
	}
}
// A wrapper that must clean up after the app (tests/e2e/serve.js) sets this flag and
// handles the signals itself, calling the huddle.shutdown hook.
if (!(/** @type {any} */ (globalThis)[Symbol.for('huddle.externalShutdown')])) {
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
