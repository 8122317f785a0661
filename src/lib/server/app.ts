import type { CrisisResource } from '$lib/safety/resources';
import { readConfig, type Config } from '$lib/server/config';
import { loadAppKey } from '$lib/server/crypto/secret-box';
import { openDatabase, type Database, type DatabaseHandle } from '$lib/server/db';
import { loadLibrary } from '$lib/server/library/load';
import { createLiveDomain, type LiveDomain } from '$lib/server/live';
import { silentNotify } from '$lib/server/live/notify';
import { logEvent } from '$lib/server/log';
import { loadDeploymentResources } from '$lib/server/safety/resources';
import { startRetention } from '$lib/server/summaries/retention';
import { createLiveServer, type HuddleServer, type LiveServer } from '$lib/server/realtime';
import { getSocketServer, installRealtime } from '../../socket-server.js';

// One database handle and one live-session domain per process, kept on globalThis so that a
// hot reload of this module in dev reuses them instead of opening the PGlite folder again.
const APP_KEY = Symbol.for('huddle.app');
const SHUTDOWN_KEY = Symbol.for('huddle.shutdown');

export interface AppContext {
	config: Config;
	database: DatabaseHandle;
	appKey: Buffer;
	/** The deployment's crisis resources (CRISIS_RESOURCES_FILE), read once at start-up. */
	crisisResources: CrisisResource[];
	/** Every live-session use case; form actions and socket handlers both call it. */
	live: LiveDomain;
	/** Absent where no Socket.IO server exists (the CLI). */
	liveServer: LiveServer | null;
	stopRetention: () => void;
}

type Holder = { [APP_KEY]?: Promise<AppContext>; [key: symbol]: unknown };
const holder = globalThis as unknown as Holder;

export function startApp(config: Config = readConfig()): Promise<AppContext> {
	holder[APP_KEY] ??= (async () => {
		// First, so that a wrong resources file stops start-up before the database opens.
		const crisisResources = loadDeploymentResources(config.crisisResourcesFile);
		const appKey = loadAppKey(config);
		const database = await openDatabase({ ...config, migrate: true });
		logEvent('database_ready', { engine: database.engine });
		await loadLibrary(database.db);
		const io = getSocketServer() as HuddleServer | undefined;
		const domainDeps = {
			db: database.db,
			appKey,
			origin: config.origin,
			idleTimeoutMs: config.idleTimeoutMs,
			minK: config.minK,
			maintenance: database.maintenance
		};
		const liveServer = io ? createLiveServer(io, { ...domainDeps, pool: database.pool }) : null;
		const live = liveServer?.live ?? createLiveDomain({ ...domainDeps, notify: silentNotify });
		if (liveServer) installRealtime(liveServer.realtime);
		// Written answers are deleted after their retention time, on a schedule in the app.
		const stopRetention = startRetention(database.db, database.maintenance, {
			defaultDays: config.textRetentionDays
		});
		// server.js calls this on SIGTERM/SIGINT so PGlite is flushed and its lock released.
		holder[SHUTDOWN_KEY] = stopApp;
		return { config, database, appKey, crisisResources, live, liveServer, stopRetention };
	})();
	holder[APP_KEY].catch(() => delete holder[APP_KEY]);
	return holder[APP_KEY];
}

export async function db(): Promise<Database> {
	return (await startApp()).database.db;
}

/** The live-session domain of this process. */
export async function liveDomain(): Promise<LiveDomain> {
	return (await startApp()).live;
}

export async function stopApp() {
	const app = holder[APP_KEY];
	delete holder[APP_KEY];
	if (!app) return;
	const context = await app;
	context.liveServer?.close();
	context.stopRetention();
	// Closing Socket.IO also closes the Postgres adapter, which gives its LISTEN connection
	// back to the pool before the pool ends.
	await getSocketServer()?.close();
	await context.database.close();
}
