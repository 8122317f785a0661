// Plain JavaScript on purpose: both vite.config.ts (dev) and server.js (production)
// import this file, and Node 20 cannot load TypeScript at run time. It only creates the
// Socket.IO server at the HTTP edge; every handler lives in SvelteKit's module graph
// (src/lib/server/realtime) and is installed through `installRealtime`.
import { Server } from 'socket.io';

const IO_KEY = Symbol.for('huddle.io');
const APP_KEY = Symbol.for('huddle.realtime');

/** Frames above this size close the connection (Socket.IO's own cap). */
export const MAX_FRAME_BYTES = 16 * 1024;

/**
 * @typedef {object} RealtimeApp
 * @property {(socket: import('socket.io').Socket, next: (err?: Error) => void) => void} authenticate
 * @property {(socket: import('socket.io').Socket) => void} onConnection
 */

/**
 * @param {import('node:http').Server} httpServer
 * @param {{ resolveApp?: () => RealtimeApp | undefined, global?: boolean }} [options]
 *   `resolveApp` lets tests run several isolated servers in one process; by default the
 *   handlers are the ones SvelteKit installed last (hot reload replaces them in dev).
 */
export function createSocketServer(httpServer, options = {}) {
	const resolveApp = options.resolveApp ?? (() => /** @type {any} */ (globalThis)[APP_KEY]);
	const io = new Server(httpServer, {
		serveClient: false,
		maxHttpBufferSize: MAX_FRAME_BYTES,
		pingInterval: 10_000,
		pingTimeout: 8_000,
		allowRequest: (req, callback) => callback(null, isSameOrigin(req))
		// No connection state recovery: the Postgres adapter (several processes) does not support
		// it, and Huddle does not need it. Every (re)connect runs the handshake and gets a full
		// snapshot from Postgres, which is what a phone back from a dead spot needs anyway.
	});
	io.use((socket, next) => {
		waitForApp(resolveApp).then(
			(app) => app.authenticate(socket, next),
			() => next(new Error('unavailable'))
		);
	});
	io.on('connection', (socket) => {
		const app = resolveApp();
		if (app) app.onConnection(socket);
		else socket.disconnect(true);
	});
	if (options.global !== false) /** @type {any} */ (globalThis)[IO_KEY] = io;
	return io;
}

/** Called from SvelteKit (hooks.server.ts `init`) with the real handlers. */
export function installRealtime(/** @type {RealtimeApp} */ app) {
	/** @type {any} */ (globalThis)[APP_KEY] = app;
}

/** @returns {Server | undefined} */
export function getSocketServer() {
	return /** @type {any} */ (globalThis)[IO_KEY];
}

/**
 * A browser always sends Origin on a cross-origin request and on every WebSocket; a
 * same-origin polling GET may omit it. So only a present, foreign Origin is refused.
 * @param {import('node:http').IncomingMessage} req
 */
function isSameOrigin(req) {
	const origin = req.headers.origin;
	if (!origin) return true;
	const allowed = process.env.ORIGIN;
	if (allowed && origin === allowed.replace(/\/$/, '')) return true;
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

/** @param {() => RealtimeApp | undefined} resolveApp */
function waitForApp(resolveApp) {
	const app = resolveApp();
	if (app) return Promise.resolve(app);
	return new Promise((resolve, reject) => {
		let tries = 0;
		const timer = setInterval(() => {
			const ready = resolveApp();
			if (ready) {
				clearInterval(timer);
				resolve(ready);
			} else if (++tries > 200) {
				clearInterval(timer);
				reject(new Error('realtime handlers not installed'));
			}
		}, 50);
	});
}
