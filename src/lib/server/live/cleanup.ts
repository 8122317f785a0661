import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Maintenance } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { logError } from '$lib/server/log';

// After an end, the tables that held dedupe keys, token hashes and the sealed secret are
// rewritten (VACUUM FULL), so their old row versions leave the table files; the embedded
// database then also drops the write-ahead log that held them. An end marks its session
// `cleanup_pending`; a successful cleanup clears the mark of every session it covered.

const PRIVATE_TABLES = ['live_response', 'participant', 'live_session'] as const;
const LOCK_TIMEOUT_MS = 3_000;

/**
 * Runs after everyone has been told the session ended, and never decides the end's outcome.
 * Each run is on its own: a failure (a lock wait given up, say) is logged by its code, the
 * sessions stay marked, and the next end or idle sweep tries again.
 */
export async function cleanUpEndedSessions(db: Database, maintenance: Maintenance) {
	try {
		const pending = await db
			.select({ id: table.liveSession.id })
			.from(table.liveSession)
			.where(eq(table.liveSession.cleanupPending, true));
		if (pending.length === 0) return true;
		await maintenance.vacuumFull(PRIVATE_TABLES, LOCK_TIMEOUT_MS);
		await maintenance.forgetWriteAheadLog();
		// Cleared last: a session whose mark is gone has had both steps (privacy:check relies on it).
		await db
			.update(table.liveSession)
			.set({ cleanupPending: false })
			.where(
				inArray(
					table.liveSession.id,
					pending.map((p) => p.id)
				)
			);
		return true;
	} catch (err) {
		logError('cleanup_failed', err);
		return false;
	}
}

/** Maintenance through plain statements (for a database handle that brings none). */
export function plainMaintenance(db: Database): Maintenance {
	return {
		async vacuumFull(tables) {
			for (const name of tables) await db.execute(sql.raw(`vacuum full ${name}`));
		},
		async forgetWriteAheadLog() {}
	};
}
