import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from './index';

// Migrates one template per test run (a Postgres database, or a PGlite folder); each
// test file then gets its own copy of it (test-db.ts), dropped when the file is done.
// Nothing is shared between runs.

export default async function setup(project: TestProject) {
	const migrationsDir = path.resolve('drizzle');
	const serverUrl = process.env.DATABASE_URL;
	if (serverUrl) {
		const name = `huddle_tpl_${process.pid}_${Math.random().toString(16).slice(2, 10)}`;
		await adminQuery(serverUrl, `create database ${name}`);
		const handle = await openDatabase({
			databaseUrl: withDatabase(serverUrl, name),
			dataDir: '',
			migrationsDir
		});
		await handle.close();
		project.provide('testDatabase', { engine: 'postgres', serverUrl, template: name });
		return async () => {
			await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
		};
	}
	const template = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-tpl-'));
	const handle = await openDatabase({ dataDir: template, migrationsDir });
	await handle.close();
	project.provide('testDatabase', { engine: 'pglite', serverUrl: '', template });
	return () => fs.rmSync(template, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

/** One statement on the server's maintenance connection (create or drop a database). */
export async function adminQuery(serverUrl: string, statement: string) {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		return await client.query(statement);
	} finally {
		await client.end();
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		testDatabase: { engine: 'postgres' | 'pglite'; serverUrl: string; template: string };
	}
}
