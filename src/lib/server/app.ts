import { readConfig, type Config } from '$lib/server/config';
import { loadAppKey } from '$lib/server/crypto/secret-box';
import { openDatabase, type Database, type DatabaseHandle } from '$lib/server/db';
import { loadLibrary } from '$lib/server/library/load';
import { logEvent } from '$lib/server/log';
import { createRealtime, type HuddleServer, type Realtime } from '$lib/server/realtime';
import { getSocketServer, installRealtime } from '../../socket-server.js';

// One database handle per process (STACK.md), kept on globalThis so that a hot reload of
// this module in dev reuses it instead of opening the PGlite folder a second time.
const APP_KEY = Symbol.for('huddle.app');
const SHUTDOWN_KEY = Symbol.for('huddle.shutdown');

export interface AppContext {
	config: Config;
	database: DatabaseHandle;
	appKey: Buffer;
	/** Absent where no Socket.IO server exists (the CLI, some tests). */
	realtime: Realtime | null;
}

type Holder = { [APP_KEY]?: Promise<AppContext>; [key: symbol]: unknown };
const holder = globalThis as unknown as Holder;

export function startApp(config: Config = readConfig()): Promise<AppContext> {
	holder[APP_KEY] ??= (async () => {
		const appKey = loadAppKey(config);
		const database = await openDatabase({ ...config, migrate: true });
		logEvent('database_ready', { engine: database.engine });
		await loadLibrary(database.db);
		const io = getSocketServer() as HuddleServer | undefined;
		const realtime = io ? createRealtime(io, { db: database.db, config, appKey }) : null;
		if (realtime) installRealtime(realtime);
		// server.js calls this on SIGTERM/SIGINT so PGlite is flushed and its lock released.
		holder[SHUTDOWN_KEY] = stopApp;
		return { config, database, appKey, realtime };
	})();
	holder[APP_KEY].catch(() => delete holder[APP_KEY]);
	return holder[APP_KEY];
}

export async function db(): Promise<Database> {
	return (await startApp()).database.db;
}

export async function stopApp() {
	const app = holder[APP_KEY];
	delete holder[APP_KEY];
	if (!app) return;
	const context = await app;
	context.realtime?.close();
	getSocketServer()?.close();
	await context.database.close();
}
