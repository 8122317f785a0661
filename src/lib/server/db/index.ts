import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDataDirLock } from './data-dir-lock';
import * as schema from './schema';

/** One type for both drivers: every domain module takes this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	engine: 'postgres' | 'pglite';
	close(): Promise<void>;
}

export interface OpenOptions {
	/** A Postgres server; without it the embedded PGlite in `dataDir` is used. */
	databaseUrl?: string;
	dataDir: string;
	migrationsDir: string;
	/** Apply pending migrations before returning (the app does; some tools do not). */
	migrate?: boolean;
}

// Postgres session-level advisory lock key for migrations ("huddle" in ASCII).
const MIGRATION_LOCK_KEY = 0x687564646c65;

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	return options.databaseUrl ? openServer(options.databaseUrl, options) : openEmbedded(options);
}

async function openServer(url: string, options: OpenOptions): Promise<DatabaseHandle> {
	if (options.migrate !== false) {
		// One connection, so the session-level advisory lock covers the whole migration:
		// several processes may start at once and only one migrates.
		const lockClient = postgres(url, { max: 1, onnotice: () => {} });
		try {
			await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
			await migratePostgres(drizzlePostgres(lockClient), {
				migrationsFolder: options.migrationsDir
			});
			await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
		} finally {
			await lockClient.end();
		}
	}
	const client = postgres(url, { max: 10, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
	return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
}

async function openEmbedded(options: OpenOptions): Promise<DatabaseHandle> {
	const release = acquireDataDirLock(options.dataDir);
	try {
		const client = await PGlite.create(path.join(options.dataDir, 'pglite'));
		const db = drizzlePglite(client, { schema, casing: 'snake_case' });
		if (options.migrate !== false) {
			await migratePglite(db, { migrationsFolder: options.migrationsDir });
		}
		return {
			db,
			engine: 'pglite',
			close: async () => {
				await client.close();
				release();
			}
		};
	} catch (err) {
		release();
		throw err;
	}
}

/** Rows of `db.execute()`: an array on postgres-js, `{ rows }` on PGlite. */
export function rowsOf<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A unique violation from either driver (Drizzle wraps the driver error in `cause`). */
export function isUniqueViolation(err: unknown): boolean {
	const e = err as { code?: string; cause?: { code?: string } };
	return e?.code === '23505' || e?.cause?.code === '23505';
}
