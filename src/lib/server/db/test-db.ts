import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from './index';
import { adminQuery, withDatabase } from './test-global-setup';

/**
 * A fresh, migrated database of the engine this run tests (Postgres server when
 * DATABASE_URL is set, PGlite otherwise). `drop()` closes and removes it.
 */
export async function createTestDatabase(): Promise<
	DatabaseHandle & { url?: string; dataDir?: string; drop(): Promise<void> }
> {
	const spec = inject('testDatabase');
	const migrationsDir = path.resolve('drizzle');
	if (spec.engine === 'postgres') {
		const name = `huddle_t_${process.pid}_${Math.random().toString(16).slice(2, 10)}`;
		await adminQuery(spec.serverUrl, `create database ${name} template ${spec.template}`);
		const url = withDatabase(spec.serverUrl, name);
		const handle = await openDatabase({
			databaseUrl: url,
			dataDir: '',
			migrationsDir,
			migrate: false
		});
		return {
			...handle,
			url,
			drop: async () => {
				await handle.close().catch(() => {});
				await adminQuery(spec.serverUrl, `drop database if exists ${name} with (force)`);
			}
		};
	}
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-test-'));
	fs.cpSync(spec.template, dataDir, { recursive: true });
	fs.rmSync(path.join(dataDir, 'huddle.lock'), { force: true });
	const handle = await openDatabase({ dataDir, migrationsDir, migrate: false });
	return {
		...handle,
		dataDir,
		drop: async () => {
			// A test may have closed the handle itself (to restart a server on it).
			await handle.close().catch(() => {});
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

export const testEngine = () => inject('testDatabase').engine;
