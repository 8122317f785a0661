import { sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { logError } from '$lib/server/log';

// After an end, the tables that held dedupe keys, token hashes and the sealed secret are
// rewritten (VACUUM FULL), so their old row versions leave the table files. VACUUM cannot
// run inside a transaction; two at once only wait on each other's table lock.

const PRIVATE_TABLES = ['live_response', 'participant', 'live_session'] as const;

/**
 * Runs after everyone has been told the session ended, and never decides the end's outcome:
 * a failure (a lock wait cancelled, say) is logged by its code and the next end runs its own.
 */
export async function vacuumPrivateTables(db: Database): Promise<boolean> {
	try {
		for (const name of PRIVATE_TABLES) await db.execute(sql.raw(`vacuum full ${name}`));
		return true;
	} catch (err) {
		logError('cleanup_failed', err);
		return false;
	}
}
