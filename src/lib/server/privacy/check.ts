import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '$lib/server/db';
import { acquireDataDirLock } from '$lib/server/db/data-dir-lock';

// `npm run privacy:check`: whether the privacy promises hold in one deployment's own
// database, item by item, for an operator or a hospital's privacy officer. It changes
// nothing: on a Postgres server every transaction is read-only; the embedded database is
// copied (while the app is stopped) and the copy is opened, while the original's files are
// only read.

export interface CheckItem {
	name: string;
	ok: boolean;
	detail: string;
}

export interface PrivacyReport {
	where: string;
	items: CheckItem[];
	notChecked: string[];
	ok: boolean;
}

const NOT_CHECKED_SERVER = [
	'The Postgres server’s write-ahead log, WAL archives, replicas and backups keep earlier row versions for as long as their settings say (wal_keep_size, max_slot_wal_keep_size, archive_command and how long archives are kept, backup retention). Huddle cannot see them.',
	'The memory of a running server, and copies the operating system or disk keep (swap, filesystem journals, SSD blocks).'
];
const NOT_CHECKED_EMBEDDED = [
	'Copies of the data folder made outside Huddle (backups, snapshots, synced folders).',
	'Copies the operating system or disk keep (swap, filesystem journals, SSD blocks).'
];
const NOT_CHECKED_ALWAYS = [
	'The order archived answers arrived in was never recorded, so it cannot be compared with the order they are stored in; Huddle shuffles them when it archives them.',
	'Whoever runs the server is trusted: a changed build of Huddle could behave differently while a session is live.'
];

/** Checks the database at `DATABASE_URL`, or the embedded one in `dataDir` (the app stopped). */
export async function runPrivacyCheck(options: {
	databaseUrl?: string;
	dataDir: string;
	migrationsDir: string;
}): Promise<PrivacyReport> {
	if (options.databaseUrl) {
		const handle = await openDatabase({ ...options, migrate: false, readOnly: true });
		try {
			const items = await checkTables(handle.db);
			return report(`Postgres server ${redact(options.databaseUrl)}`, items, NOT_CHECKED_SERVER);
		} finally {
			await handle.close();
		}
	}
	const original = path.join(options.dataDir, 'pglite');
	if (!fs.existsSync(original))
		throw new Error(`There is no embedded database in ${options.dataDir}.`);
	// The lock refuses while the app runs (a copy of a running database could be torn).
	const release = acquireDataDirLock(options.dataDir);
	const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-privacy-check-'));
	try {
		fs.cpSync(original, path.join(copy, 'pglite'), { recursive: true });
	} finally {
		release();
	}
	try {
		const handle = await openDatabase({
			dataDir: copy,
			migrationsDir: options.migrationsDir,
			migrate: false
		});
		try {
			const items = await checkTables(handle.db);
			items.push(...(await checkEmbeddedFiles(handle.db, original)));
			return report(`embedded database in ${options.dataDir}`, items, NOT_CHECKED_EMBEDDED);
		} finally {
			await handle.close();
		}
	} finally {
		fs.rmSync(copy, { recursive: true, force: true });
	}
}

function report(where: string, items: CheckItem[], notChecked: string[]): PrivacyReport {
	return {
		where,
		items,
		notChecked: [...notChecked, ...NOT_CHECKED_ALWAYS],
		ok: items.every((i) => i.ok)
	};
}

function redact(url: string) {
	try {
		const u = new URL(url);
		u.password = u.password ? '***' : '';
		return u.toString();
	} catch {
		return '(DATABASE_URL)';
	}
}

async function count(db: Database, query: ReturnType<typeof sql>): Promise<number> {
	return Number(rowsOf<{ n: number | string }>(await db.execute(query))[0]?.n ?? 0);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The checks that read tables, the same on both engines. */
export async function checkTables(db: Database): Promise<CheckItem[]> {
	const items: CheckItem[] = [];
	const item = (name: string, ok: boolean, detail: string) => items.push({ name, ok, detail });
	const ended = await count(db, sql`select count(*) as n from live_session where status = 'ended'`);

	const keysKept = await count(
		db,
		sql`select count(*) as n from live_session
			where status = 'ended' and (join_code is not null or secret_ciphertext is not null)`
	);
	item(
		'Ended sessions keep no join code and no secret',
		keysKept === 0,
		keysKept === 0
			? `${plural(ended, 'ended session')} checked`
			: `${plural(keysKept, 'ended session')} still hold a join code or a sealed secret`
	);

	const phones = await count(
		db,
		sql`select count(*) as n from participant p
			join live_session s on s.id = p.live_session_id where s.status = 'ended'`
	);
	item(
		'Ended sessions keep no phone’s token hash',
		phones === 0,
		phones === 0
			? 'none found'
			: `${plural(phones, 'token hash', 'token hashes')} of ended sessions`
	);

	const liveRows = await count(
		db,
		sql`select count(*) as n from live_response lr
			join prompt_round r on r.id = lr.round_id
			join live_session s on s.id = r.live_session_id where s.status = 'ended'`
	);
	item(
		'Ended sessions keep no answer with a dedupe key',
		liveRows === 0,
		liveRows === 0 ? 'none found' : `${plural(liveRows, 'keyed answer')} of ended sessions`
	);

	const belowK = await count(
		db,
		sql`select count(*) as n from response x
			left join round_release rr on rr.round_id = x.round_id where rr.round_id is null`
	);
	item(
		'Answers to prompts that released nothing are deleted',
		belowK === 0,
		belowK === 0
			? 'every archived answer belongs to a released round'
			: `${plural(belowK, 'archived answer')} of rounds that released nothing`
	);

	const pending = await count(
		db,
		sql`select count(*) as n from live_session where status = 'ended' and cleanup_pending`
	);
	item(
		'The clean-up after every end is done (tables rewritten; the embedded log cleared)',
		pending === 0,
		pending === 0
			? `${plural(ended, 'ended session')} cleaned up`
			: `${plural(pending, 'ended session')} still to clean up (a running Huddle retries every minute)`
	);

	const statistics = rowsOf<{ t: string; c: string; target: number | null; sampled: boolean }>(
		await db.execute(sql`
			select c.relname as t, a.attname as c, a.attstattarget::int as target,
				exists (select 1 from pg_stats s where s.schemaname = 'public'
					and s.tablename = c.relname and s.attname = a.attname) as sampled
			from pg_attribute a
			join pg_class c on c.oid = a.attrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped
				and (c.relname in ('live_response', 'participant')
					or (c.relname = 'live_session' and a.attname in ('secret_ciphertext', 'join_code')))`)
	);
	const sampled = statistics.filter((s) => s.sampled || s.target !== 0);
	item(
		'No planner statistics (sample values) of the live tables',
		statistics.length > 0 && sampled.length === 0,
		sampled.length === 0
			? `${plural(statistics.length, 'column')} keep none and never will`
			: `kept or allowed for ${sampled.map((s) => `${s.t}.${s.c}`).join(', ')}`
	);

	const columns = rowsOf<{ t: string; c: string }>(
		await db.execute(sql`
			select table_name as t, column_name as c from information_schema.columns
			where table_schema = 'public' and table_name in ('live_response', 'response', 'participant')
			order by 1, 2`)
	);
	const allowed: Record<string, string[]> = {
		live_response: ['answer', 'dedupe_key', 'id', 'passed', 'round_id'],
		participant: ['id', 'live_session_id', 'token_hash'],
		response: ['answer', 'id', 'passed', 'round_id']
	};
	const extra = columns.filter((c) => !allowed[c.t]?.includes(c.c));
	item(
		'Answer and phone tables have only the allow-listed columns (no participant, time or counter)',
		extra.length === 0 && columns.length === 12,
		extra.length === 0 && columns.length === 12
			? 'live_response, response and participant as designed'
			: `unexpected: ${extra.map((c) => `${c.t}.${c.c}`).join(', ') || 'columns missing'}`
	);

	const notRandom = await count(
		db,
		sql`select count(*) as n from response
			where id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`
	);
	const archived = await count(db, sql`select count(*) as n from response`);
	item(
		'Archived answers carry random ids (UUID v4), nothing time-ordered',
		notRandom === 0,
		notRandom === 0
			? `${plural(archived, 'archived answer')} checked`
			: `${plural(notRandom, 'archived answer')} with an id that is not a random UUID`
	);
	return items;
}

/**
 * The embedded database's files, read as bytes: nothing of an ended session may be left in
 * the files of the tables that held keys and tokens, and the write-ahead log may hold no
 * segment from before its last checkpoint (after every end, the clean-up checkpoints past the
 * segment that held the session's rows and deletes it; a segment kept or recycled under
 * another name would still hold them).
 */
async function checkEmbeddedFiles(db: Database, original: string): Promise<CheckItem[]> {
	const uuidBytes = (rows: { id: string }[]) =>
		rows.map((r) => Buffer.from(r.id.replaceAll('-', ''), 'hex'));
	// In these tables' files a session's id can only be a phone's row, a round's id an answer's.
	const ids = uuidBytes(
		rowsOf<{ id: string }>(
			await db.execute(sql`
				select id::text as id from live_session where status = 'ended'
				union all
				select r.id::text from prompt_round r
					join live_session s on s.id = r.live_session_id where s.status = 'ended'`)
		)
	);
	const relations = rowsOf<{ path: string }>(
		await db.execute(sql`
			select pg_relation_filepath(c.oid) as path from pg_class c
			where c.relname in ('live_response', 'participant')
				or c.oid in (select indexrelid from pg_index i join pg_class t on t.oid = i.indrelid
					where t.relname in ('live_response', 'participant'))
				or c.oid in (select reltoastrelid from pg_class where relname in ('live_response', 'participant'))`)
	)
		.map((r) => r.path)
		.filter(Boolean);
	const tableFiles = relations.flatMap((relation) => {
		const base = path.join(original, relation);
		const dir = path.dirname(base);
		if (!fs.existsSync(dir)) return [];
		const name = path.basename(base);
		// Every fork and segment: 1234, 1234.1, 1234_fsm, 1234_vm.
		return fs
			.readdirSync(dir)
			.filter((f) => f === name || f.startsWith(`${name}.`) || f.startsWith(`${name}_`))
			.map((f) => path.join(dir, f));
	});
	const inTables = tableFiles.filter((file) => {
		const bytes = fs.readFileSync(file);
		return ids.some((id) => bytes.includes(id));
	});

	const [position] = rowsOf<{ redo: string; current: string }>(
		await db.execute(sql`
			select redo_wal_file as redo, pg_walfile_name(pg_current_wal_lsn()) as current
			from pg_control_checkpoint()`)
	);
	const wal = path.join(original, 'pg_wal');
	const segments = fs.existsSync(wal)
		? fs.readdirSync(wal).filter((name) => /^[0-9A-F]{24}$/.test(name))
		: [];
	const stale = position
		? segments.filter((s) => s < position.redo || s > position.current)
		: segments;
	return [
		{
			name: 'The files of the live tables hold nothing of an ended session',
			ok: tableFiles.length > 0 && inTables.length === 0,
			detail:
				inTables.length === 0
					? `${plural(tableFiles.length, 'file')} of live_response and participant read`
					: `found in ${inTables.map((f) => path.relative(original, f)).join(', ')}`
		},
		{
			name: 'The write-ahead log keeps no segment from before its last checkpoint',
			ok: Boolean(position) && stale.length === 0,
			detail:
				stale.length === 0
					? `${plural(segments.length, 'segment')} in pg_wal, all since the last checkpoint`
					: `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} older than the last checkpoint (or recycled); after a crash, starting Huddle once clears them`
		}
	];
}
