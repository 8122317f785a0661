import path from 'node:path';

// Configuration is read from process.env (not $env) so that the CLI, Vitest and the
// server all read it the same way. Every variable is documented in README.md.

export type Config = ReturnType<typeof readConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
	const dataDir = path.resolve(env.DATA_DIR || 'data');
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir,
		migrationsDir: path.resolve(env.MIGRATIONS_DIR || 'drizzle'),
		/** The app key (base64, 32 bytes) that encrypts live-session secrets; see keyFile. */
		appKey: env.HUDDLE_APP_KEY || undefined,
		/** Where the app key is kept when HUDDLE_APP_KEY is not set: outside the database folder. */
		keyFile: path.resolve(env.HUDDLE_KEY_FILE || path.join(dataDir, 'huddle.key')),
		/** The public address for join links and QR codes (adapter-node's ORIGIN). */
		origin: (env.ORIGIN || `http://localhost:${env.PORT || '3000'}`).replace(/\/$/, ''),
		/** A live session with no coach connected and no activity ends after this long. */
		idleTimeoutMs: clampInt(env.LIVE_SESSION_IDLE_MINUTES, 120, 1, 7 * 24 * 60) * 60_000,
		signupOpen: (env.SIGNUP || 'open').toLowerCase() !== 'closed',
		production: env.NODE_ENV === 'production',
		/** Deployment-wide minimum k (a deployment may raise it, never lower it below 3). */
		minK: clampInt(env.MIN_K, 3, 3, 50),
		/** A JSON file of the deployment's crisis resources (README.md, "Crisis resources"). */
		crisisResourcesFile: env.CRISIS_RESOURCES_FILE ? path.resolve(env.CRISIS_RESOURCES_FILE) : null,
		...textRetention(env)
	};
}

/**
 * How long written answers (texts and words) are kept after a session: the deployment's
 * default, and the shortest a coach may choose for a group (never more than the default).
 */
function textRetention(env: NodeJS.ProcessEnv) {
	const textRetentionDays = clampInt(env.TEXT_RETENTION_DAYS, 90, 1, 3650);
	return {
		textRetentionDays,
		textRetentionMinDays: Math.min(
			textRetentionDays,
			clampInt(env.TEXT_RETENTION_MIN_DAYS, 7, 1, 3650)
		)
	};
}

function clampInt(raw: string | undefined, fallback: number, min: number, max: number): number {
	const n = Number.parseInt(raw ?? '', 10);
	if (!Number.isFinite(n)) return fallback;
	return Math.min(max, Math.max(min, n));
}
