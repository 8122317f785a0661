import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase, rowsOf } from './index';
import { adminQuery, withDatabase } from './test-global-setup';

const migrationsDir = path.resolve('drizzle');
const migrationCount = fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).length;
const spec = inject('testDatabase');

async function appliedMigrations(handle: Awaited<ReturnType<typeof openDatabase>>) {
	return rowsOf<{ n: number }>(
		await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
	)[0]!.n;
}

describe('migrations on start', () => {
	it.runIf(spec.engine === 'postgres')(
		'run once when several processes start at once on one server (advisory lock)',
		async () => {
			const name = `huddle_mig_${process.pid}_${Math.random().toString(16).slice(2, 8)}`;
			await adminQuery(spec.serverUrl, `create database ${name}`);
			try {
				const url = withDatabase(spec.serverUrl, name);
				const handles = await Promise.all(
					[1, 2, 3, 4].map(() => openDatabase({ databaseUrl: url, dataDir: '', migrationsDir }))
				);
				expect(await appliedMigrations(handles[0]!)).toBe(migrationCount);
				await Promise.all(handles.map((h) => h.close()));
			} finally {
				await adminQuery(spec.serverUrl, `drop database if exists ${name} with (force)`);
			}
		}
	);

	it.runIf(spec.engine === 'pglite')(
		'apply to a new embedded folder, and a second start changes nothing',
		async () => {
			const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-mig-'));
			try {
				const first = await openDatabase({ dataDir, migrationsDir });
				expect(await appliedMigrations(first)).toBe(migrationCount);
				await first.close();
				const second = await openDatabase({ dataDir, migrationsDir });
				expect(await appliedMigrations(second)).toBe(migrationCount);
				await second.close();
			} finally {
				fs.rmSync(dataDir, { recursive: true, force: true });
			}
		}
	);
});
