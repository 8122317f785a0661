import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/db/test-db';

// The allow-list of the privacy model (ARCHITECTURE.md), checked against the migrated database
// itself (not the Drizzle definitions): what columns answers may have, and that nothing
// can tie an answer to a participant.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
});
afterAll(async () => {
	await handle?.drop();
});

interface Column {
	table_name: string;
	column_name: string;
	data_type: string;
	column_default: string | null;
	is_identity: string;
	is_generated: string;
}

async function columns(): Promise<Column[]> {
	return rowsOf<Column>(
		await db.execute(sql`
			select c.table_name, c.column_name, c.data_type, c.column_default, c.is_identity,
				c.is_generated
			from information_schema.columns c
			join information_schema.tables t
				on t.table_schema = c.table_schema and t.table_name = c.table_name
			where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
			order by c.table_name, c.ordinal_position`)
	);
}

async function columnsOf(name: string): Promise<Record<string, string>> {
	return Object.fromEntries(
		(await columns()).filter((c) => c.table_name === name).map((c) => [c.column_name, c.data_type])
	);
}

/** Every foreign key in the public schema, as `table.column → table.column`. */
async function foreignKeys(): Promise<{ from: string; column: string; to: string }[]> {
	return rowsOf<{ from: string; column: string; to: string }>(
		await db.execute(sql`
			select cl.relname as "from", a.attname as "column", ref.relname as "to"
			from pg_constraint con
			join pg_class cl on cl.oid = con.conrelid
			join pg_namespace ns on ns.oid = cl.relnamespace
			join pg_class ref on ref.oid = con.confrelid
			join pg_attribute a on a.attrelid = con.conrelid and a.attnum = any (con.conkey)
			where con.contype = 'f' and ns.nspname = 'public'`)
	);
}

describe('schema allow-list', () => {
	it('live_response has exactly the allow-listed columns', async () => {
		expect(await columnsOf('live_response')).toEqual({
			id: 'uuid',
			round_id: 'uuid',
			dedupe_key: 'bytea',
			passed: 'boolean',
			answer: 'jsonb'
		});
	});

	it('response has exactly the allow-listed columns: not even a dedupe key', async () => {
		expect(await columnsOf('response')).toEqual({
			id: 'uuid',
			round_id: 'uuid',
			passed: 'boolean',
			answer: 'jsonb'
		});
	});

	it('participant holds only a token hash, and round_release only counts and results', async () => {
		expect(await columnsOf('participant')).toEqual({
			id: 'uuid',
			live_session_id: 'uuid',
			token_hash: 'bytea'
		});
		expect(await columnsOf('round_release')).toEqual({
			round_id: 'uuid',
			answered: 'integer',
			results: 'jsonb'
		});
	});

	it('no column or foreign key can link an answer to a participant', async () => {
		const all = await columns();
		// Nothing anywhere refers to a participant, a device or a connection.
		const linking = all.filter((c) =>
			/participant|device|token|ip_?addr|address|user_?agent|socket|fingerprint/i.test(
				c.column_name
			)
		);
		expect(linking.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
			'participant.token_hash'
		]);
		const fks = await foreignKeys();
		expect(fks.filter((fk) => fk.to === 'participant')).toEqual([]);
		expect(fks.filter((fk) => fk.from === 'participant')).toEqual([
			{ from: 'participant', column: 'live_session_id', to: 'live_session' }
		]);
		// Answers point to their round and nothing else.
		for (const name of ['live_response', 'response']) {
			expect(fks.filter((fk) => fk.from === name)).toEqual([
				{ from: name, column: 'round_id', to: 'prompt_round' }
			]);
		}
		// Answers live in these two tables only.
		const answerTables = all.filter((c) => c.column_name === 'answer').map((c) => c.table_name);
		expect(answerTables.sort()).toEqual(['live_response', 'response']);
	});

	it('ids are random UUID v4, never serials or time-ordered', async () => {
		const all = await columns();
		for (const name of [
			'live_response',
			'response',
			'participant',
			'prompt_round',
			'session_prompt',
			'live_session'
		]) {
			const id = all.find((c) => c.table_name === name && c.column_name === 'id');
			expect(id, name).toMatchObject({ data_type: 'uuid', column_default: 'gen_random_uuid()' });
		}
		// No sequence, identity or generated column in any table of the live session.
		const sequenced = all.filter(
			(c) =>
				/nextval|uuid_generate_v1|uuidv7|now\(\)|clock_timestamp|current_timestamp/i.test(
					c.column_default ?? ''
				) &&
				['live_response', 'response', 'participant', 'round_release', 'prompt_round'].includes(
					c.table_name
				)
		);
		expect(sequenced).toEqual([]);
		expect(all.filter((c) => c.is_identity === 'YES' || c.is_generated === 'ALWAYS')).toEqual([]);
		// A default that draws v4: every id it gives has version nibble 4.
		const drawn = rowsOf<{ id: string }>(
			await db.execute(sql`select gen_random_uuid()::text as id from generate_series(1, 50)`)
		);
		for (const { id } of drawn) {
			expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		}
	});

	it('keeps one answer per device and round by a unique dedupe key, and no triggers on answers', async () => {
		const indexes = rowsOf<{ indexname: string; indexdef: string }>(
			await db.execute(
				sql`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'live_response'`
			)
		);
		expect(indexes.some((i) => /unique index .* \(dedupe_key\)/i.test(i.indexdef))).toBe(true);
		const participantIndexes = rowsOf<{ indexdef: string }>(
			await db.execute(
				sql`select indexdef from pg_indexes where schemaname = 'public' and tablename = 'participant'`
			)
		);
		expect(participantIndexes.some((i) => /unique index .* \(token_hash\)/i.test(i.indexdef))).toBe(
			true
		);
		// A trigger could copy answers (or their timing) somewhere else.
		const triggers = rowsOf(
			await db.execute(sql`
				select tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where not t.tgisinternal
					and c.relname in ('live_response', 'response', 'participant', 'round_release')`)
		);
		expect(triggers).toEqual([]);
	});

	it('keeps no planner statistics (sample values) of keys, token hashes or sealed secrets', async () => {
		const rows = rowsOf<{ table: string; column: string; target: number | null }>(
			await db.execute(sql`
				select c.relname as "table", a.attname as "column", a.attstattarget::int as target
				from pg_attribute a join pg_class c on c.oid = a.attrelid
				where (c.relname, a.attname) in (('live_response', 'dedupe_key'),
					('participant', 'token_hash'), ('live_session', 'secret_ciphertext'))
				order by 1`)
		);
		expect(rows).toEqual([
			{ table: 'live_response', column: 'dedupe_key', target: 0 },
			{ table: 'live_session', column: 'secret_ciphertext', target: 0 },
			{ table: 'participant', column: 'token_hash', target: 0 }
		]);
	});
});
