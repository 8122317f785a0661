import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/db/test-db';
import { PRIVACY_MANIFEST, renderManifest } from './manifest';

// The /privacy page is rendered from the manifest; this holds the manifest to the migrated
// database itself: a table or column added without saying what it holds fails here.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
	handle = await createTestDatabase();
});
afterAll(async () => {
	await handle?.drop();
});

describe('the privacy manifest', () => {
	it('has an entry for every column of every table, and none for a column that does not exist', async () => {
		const columns = rowsOf<{ table_name: string; column_name: string }>(
			await handle.db.execute(sql`
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t
					on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				order by 1, 2`)
		).map((c) => `${c.table_name}.${c.column_name}`);
		const described = PRIVACY_MANIFEST.flatMap((t) =>
			Object.keys(t.columns).map((c) => `${t.table}.${c}`)
		).sort();
		expect(
			columns.filter((c) => !described.includes(c)),
			'columns without an entry'
		).toEqual([]);
		expect(
			described.filter((c) => !columns.includes(c)),
			'entries without a column'
		).toEqual([]);
	});

	it('renders every column with what it holds, how long and who sees it', () => {
		const rendered = renderManifest({
			idleMinutes: 90,
			loginIdleDays: 7,
			loginMaxDays: 30,
			textRetentionDays: 60
		});
		for (const table of rendered) {
			for (const column of table.columns) {
				expect(column.holds.length, `${table.table}.${column.name}`).toBeGreaterThan(3);
				expect(column.kept.length).toBeGreaterThan(3);
				expect(column.seenBy.length).toBeGreaterThan(3);
			}
		}
		const secret = rendered
			.find((t) => t.table === 'live_session')!
			.columns.find((c) => c.name === 'secret_ciphertext')!;
		expect(secret.kept).toContain('90 minutes');
		expect(secret.seenBy).toBe('Nobody');
	});
});
