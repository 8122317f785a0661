import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Maintenance } from '$lib/server/db';
import { logError, logEvent } from '$lib/server/log';

// Written answers (texts and words) are kept for a while after a session, for the coach's
// summaries: the group's own number of days, or the deployment's default. Then they are
// deleted from the releases and the archive; counts, choices and scales stay. The job runs
// inside the app on a schedule, and only once at a time across processes (an advisory lock
// held for its transaction: a second process finds it taken and skips).

const RETENTION_LOCK_KEY = 0x7265746e; // "retn"
const EVERY_MS = 60 * 60_000;

export interface RetentionSettings {
	/** The deployment's default (a group may choose fewer days, never fewer than the minimum). */
	defaultDays: number;
}

export async function deleteExpiredTexts(
	db: Database,
	settings: RetentionSettings,
	now = new Date()
): Promise<{ skipped: boolean; sessions: string[] }> {
	return db.transaction(async (tx) => {
		const [lock] = rowsOf<{ locked: boolean }>(
			await tx.execute(sql`select pg_try_advisory_xact_lock(${RETENTION_LOCK_KEY}) as locked`)
		);
		if (!lock?.locked) return { skipped: true, sessions: [] };
		const due = rowsOf<{ id: string }>(
			await tx.execute(sql`
				select s.id from live_session s join "group" g on g.id = s.group_id
				where s.status = 'ended' and s.texts_deleted_at is null and s.ended_at is not null
					and s.ended_at < ${now.toISOString()}::timestamptz - make_interval(days => coalesce(g.text_retention_days, ${settings.defaultDays}))`)
		).map((r) => r.id);
		if (due.length === 0) return { skipped: false, sessions: [] };
		const ids = sql.join(
			due.map((id) => sql`${id}::uuid`),
			sql`, `
		);
		await tx.execute(sql`
			update round_release rr set results = case rr.results->>'kind'
					when 'text' then jsonb_set(rr.results, '{texts}', '[]'::jsonb)
					else jsonb_set(rr.results, '{words}', '[]'::jsonb) end
			from prompt_round r
			where rr.round_id = r.id and r.live_session_id in (${ids})
				and rr.results->>'kind' in ('text', 'words')`);
		await tx.execute(sql`
			update response x set answer = null
			from prompt_round r join session_prompt sp on sp.id = r.session_prompt_id
			where x.round_id = r.id and r.live_session_id in (${ids})
				and sp.definition->>'kind' in ('text', 'words') and x.answer is not null`);
		// What the coach kept off the room: copies of released words, and places among texts
		// that no longer exist.
		await tx.execute(sql`
			update prompt_round set hidden_texts = '{}', hidden_words = '{}'
			where live_session_id in (${ids})
				and (cardinality(hidden_texts) > 0 or cardinality(hidden_words) > 0)`);
		await tx.execute(
			sql`update live_session set texts_deleted_at = ${now.toISOString()}::timestamptz where id in (${ids})`
		);
		return { skipped: false, sessions: due };
	});
}

/** Runs now and every hour; returns a function that stops it. */
export function startRetention(
	db: Database,
	maintenance: Maintenance,
	settings: RetentionSettings
): () => void {
	const run = async () => {
		try {
			const { sessions } = await deleteExpiredTexts(db, settings);
			if (sessions.length === 0) return;
			logEvent('written_answers_deleted', { sessions: sessions.length });
			// The old row versions leave the files too (and the embedded database's log).
			await maintenance.vacuumFull(['round_release', 'response'], 3_000);
			await maintenance.forgetWriteAheadLog();
		} catch (err) {
			logError('retention_failed', err);
		}
	};
	void run();
	const timer = setInterval(() => void run(), EVERY_MS);
	timer.unref?.();
	return () => clearInterval(timer);
}
