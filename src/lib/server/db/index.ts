import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { logError } from '../log';
import { acquireDataDirLock } from './data-dir-lock';
import * as schema from './schema';

/** One type for both drivers: every domain module takes this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction of either driver; it can stand wherever a Database can. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
	db: Database;
	engine: 'postgres' | 'pglite';
	/** The server's connection pool (node-postgres), shared with the Socket.IO adapter. */
	pool: pg.Pool | null;
	maintenance: Maintenance;
	close(): Promise<void>;
}

/** What the end of a live session needs beyond queries; each engine does it its own way. */
export interface Maintenance {
	/**
	 * Rewrites tables (VACUUM FULL) on one connection, giving up on a table whose lock is not
	 * free within `lockTimeoutMs` (a running pg_dump holds one): better to retry later than to
	 * queue every answer of every live session behind the rewrite.
	 */
	vacuumFull(tables: readonly string[], lockTimeoutMs: number): Promise<void>;
	/**
	 * The embedded database keeps its write-ahead log in the data folder: after a cleanup,
	 * the segments holding the old rows are removed. A server's WAL is its operator's.
	 */
	forgetWriteAheadLog(): Promise<void>;
}

export interface OpenOptions {
	/** A Postgres server; without it the embedded PGlite in `dataDir` is used. */
	databaseUrl?: string;
	dataDir: string;
	migrationsDir: string;
	/** Apply pending migrations before returning (the app does; some tools do not). */
	migrate?: boolean;
	/** A Postgres server only: every transaction read-only (for checks that must change nothing). */
	readOnly?: boolean;
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
		const lockClient = new pg.Client({ connectionString: url });
		await lockClient.connect();
		try {
			await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
			await migratePostgres(drizzlePostgres(lockClient), {
				migrationsFolder: options.migrationsDir
			});
			await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
		} finally {
			await lockClient.end();
		}
	}
	const pool = new pg.Pool({
		connectionString: url,
		max: 10,
		...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {})
	});
	// A connection that drops (a Postgres restart, a failover) is an 'error' event on the pool
	// for idle clients and on the client itself for checked-out ones (the Socket.IO adapter
	// keeps one checked out for LISTEN). Unhandled, either event would end the process; handled,
	// the pool opens new connections and the adapter reconnects.
	pool.on('error', (err) => logError('database_connection_lost', err));
	pool.on('connect', (client) => {
		client.on('error', (err) => logError('database_connection_lost', err));
	});
	const db = drizzlePostgres(pool, { schema, casing: 'snake_case' });
	let closed = false;
	return {
		db,
		engine: 'postgres',
		pool,
		maintenance: {
			async vacuumFull(tables, lockTimeoutMs) {
				// VACUUM cannot run in a transaction, and a SET only holds on its own connection.
				const client = await pool.connect();
				try {
					await client.query(`set lock_timeout = ${Math.round(lockTimeoutMs)}`);
					for (const name of tables) await client.query(`vacuum full ${name}`);
				} finally {
					await client.query('reset lock_timeout').catch(() => {});
					client.release();
				}
			},
			async forgetWriteAheadLog() {}
		},
		close: async () => {
			if (closed) return;
			closed = true;
			await pool.end();
		}
	};
}

async function openEmbedded(options: OpenOptions): Promise<DatabaseHandle> {
	const release = acquireDataDirLock(options.dataDir);
	try {
		const client = await PGlite.create({
			dataDir: path.join(options.dataDir, 'pglite'),
			// Old WAL segments are deleted rather than renamed for reuse, so a checkpoint after a
			// cleanup removes the segments that held the session's rows (forgetWriteAheadLog).
			postgresqlconf: ['wal_recycle = off']
		});
		const db = drizzlePglite(client, { schema, casing: 'snake_case' });
		if (options.migrate !== false) {
			await migratePglite(db, { migrationsFolder: options.migrationsDir });
		}
		return {
			db,
			engine: 'pglite',
			pool: null,
			maintenance: {
				async vacuumFull(tables) {
					// One connection: nothing else can hold a lock meanwhile.
					for (const name of tables) await client.exec(`vacuum full ${name}`);
				},
				async forgetWriteAheadLog() {
					// The first checkpoint flushes the rewritten tables; the switch closes the segment
					// that held the old rows; the second checkpoint moves past it and deletes it.
					await client.exec('checkpoint');
					await client.exec('select pg_switch_wal()');
					await client.exec('checkpoint');
				}
			},
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

/** Rows of `db.execute()`: `{ rows }` on both drivers; an array on some others. */
export function rowsOf<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A unique violation from either driver (Drizzle wraps the driver error in `cause`). */
export function isUniqueViolation(err: unknown): boolean {
	const e = err as { code?: string; cause?: { code?: string } };
	return e?.code === '23505' || e?.cause?.code === '23505';
}
