import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { PromptResults } from '$lib/prompts/kinds';
import { failure, ok, type Result } from '$lib/result';
import { distributionOf } from '$lib/summary/stats';
import type {
	GroupTrends,
	SessionSummary,
	SummaryPrompt,
	TrendPoint,
	TrendSeries
} from '$lib/summary/types';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { getOwnedGroup } from '$lib/server/groups';
import { getOwnedLiveSession } from '$lib/server/live/lifecycle';
import { listRoundViews } from '$lib/server/live/releases';

// The third job: what a group expressed in a session, and how it moved over the weeks. Read
// only from stored releases (through the live domain's one releases module) and the counts
// taken when answering closed, so no figure here can say more than a release of at least k
// answers said for all of them.

export const NOTES_MAX = 5000;
const DAY_MS = 24 * 3600_000;

const WRITTEN_KINDS = new Set(['text', 'words']);

/** A session's summary, if this coach owns it and it has ended; null otherwise. */
export async function getSessionSummary(
	db: Database,
	coachId: string,
	liveSessionId: string,
	retention: { defaultDays: number }
): Promise<SessionSummary | null> {
	const owned = await getOwnedLiveSession(db, coachId, liveSessionId);
	if (!owned || owned.liveSession.status !== 'ended') return null;
	const { liveSession: session, group } = owned;
	const [views, counts] = await Promise.all([
		listRoundViews(db, session),
		db
			.select({
				id: table.promptRound.id,
				answered: table.promptRound.answeredCount,
				passed: table.promptRound.passedCount
			})
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, session.id))
	]);
	const countsOf = new Map(counts.map((c) => [c.id, c]));
	const textsDeleted = session.textsDeletedAt !== null;
	// A moment asked nothing, so a summary of what the group said has no place for it.
	const asked = views.filter((view) => view.prompt.kind !== 'moment');
	const prompts: SummaryPrompt[] = asked.map((view, i) => {
		const release = view.release ?? { state: 'below_k' as const, k: session.k };
		const released = release.state === 'released';
		return {
			roundId: view.id,
			order: i + 1,
			roundNumber: view.roundNumber,
			kind: view.prompt.kind,
			prompt: view.prompt,
			answered: released ? release.answered : (countsOf.get(view.id)?.answered ?? null),
			passed: countsOf.get(view.id)?.passed ?? null,
			release,
			stats: released ? distributionOf(release.results) : null,
			textsDeleted: released && textsDeleted && WRITTEN_KINDS.has(view.prompt.kind)
		};
	});
	const keepsWritten = prompts.some(
		(p) => p.release.state === 'released' && WRITTEN_KINDS.has(p.kind)
	);
	const retentionDays = group.textRetentionDays ?? retention.defaultDays;
	const startedAt = session.startedAt;
	const endedAt = session.endedAt;
	return {
		liveSession: {
			id: session.id,
			title: session.title,
			k: session.k,
			startedAt: startedAt?.toISOString() ?? null,
			endedAt: endedAt?.toISOString() ?? null,
			endedBy: session.endedBy ?? null,
			durationMinutes:
				startedAt && endedAt
					? Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000))
					: null,
			phones: session.joinedCount,
			notes: session.notes,
			textsDeletedAt: session.textsDeletedAt?.toISOString() ?? null,
			textsDeleteOn:
				endedAt && keepsWritten && !textsDeleted
					? new Date(endedAt.getTime() + retentionDays * DAY_MS).toISOString()
					: null
		},
		group: { id: group.id, name: group.name },
		prompts
	};
}

/** The coach's own notes on a session; theirs alone, shown on its summary. */
export async function setSessionNotes(
	db: Database,
	coachId: string,
	liveSessionId: string,
	notes: string
): Promise<Result> {
	if (notes.length > NOTES_MAX) {
		return failure('invalid_payload', { notes: `Keep the notes under ${NOTES_MAX} characters.` });
	}
	const owned = await getOwnedLiveSession(db, coachId, liveSessionId);
	if (!owned) return failure('not_found');
	await db
		.update(table.liveSession)
		.set({ notes })
		.where(eq(table.liveSession.id, owned.liveSession.id));
	return ok();
}

/**
 * A group's ended sessions over time and, for each measure (each version of it) asked in two
 * sessions or more, one point per session: its released median and spread, or a gap.
 */
export async function getGroupTrends(
	db: Database,
	coachId: string,
	groupId: string
): Promise<GroupTrends | null> {
	const group = await getOwnedGroup(db, coachId, groupId);
	if (!group) return null;
	const sessions = await db
		.select()
		.from(table.liveSession)
		.where(
			and(
				eq(table.liveSession.groupId, group.id),
				eq(table.liveSession.status, 'ended'),
				isNotNull(table.liveSession.startedAt)
			)
		)
		.orderBy(asc(table.liveSession.startedAt));
	const trends: GroupTrends = {
		group: { id: group.id, name: group.name },
		sessions: sessions.map((s) => ({
			id: s.id,
			title: s.title,
			startedAt: s.startedAt!.toISOString(),
			phones: s.joinedCount
		})),
		measures: [],
		askedOnce: []
	};
	if (sessions.length === 0) return trends;
	const sessionIds = sessions.map((s) => s.id);
	const asked = await db
		.select({
			sessionPromptId: table.sessionPrompt.id,
			liveSessionId: table.sessionPrompt.liveSessionId,
			definition: table.sessionPrompt.definition,
			promptId: table.prompt.id,
			promptDefinition: table.prompt.definition,
			version: table.prompt.measureVersion
		})
		.from(table.sessionPrompt)
		.innerJoin(table.prompt, eq(table.prompt.id, table.sessionPrompt.promptId))
		.where(
			and(inArray(table.sessionPrompt.liveSessionId, sessionIds), eq(table.prompt.measure, true))
		);
	if (asked.length === 0) return trends;
	const [views, counts] = await Promise.all([
		Promise.all(sessions.map((s) => listRoundViews(db, s))),
		db
			.select({ id: table.promptRound.id, answered: table.promptRound.answeredCount })
			.from(table.promptRound)
			.where(inArray(table.promptRound.liveSessionId, sessionIds))
	]);
	const answeredOf = new Map(counts.map((c) => [c.id, c.answered]));
	const roundsBySessionPrompt = new Map<string, (typeof views)[number]>();
	for (const list of views) {
		for (const view of list) {
			const rounds = roundsBySessionPrompt.get(view.sessionPromptId) ?? [];
			rounds.push(view);
			roundsBySessionPrompt.set(view.sessionPromptId, rounds);
		}
	}

	const byPrompt = new Map<string, typeof asked>();
	for (const row of asked) {
		// Only a session's copy worded exactly as the measure belongs to its line.
		if (JSON.stringify(sorted(row.definition)) !== JSON.stringify(sorted(row.promptDefinition))) {
			continue;
		}
		const list = byPrompt.get(row.promptId) ?? [];
		list.push(row);
		byPrompt.set(row.promptId, list);
	}

	for (const [promptId, rows] of byPrompt) {
		const definition = rows[0]!.promptDefinition;
		if (definition.kind !== 'scale' && definition.kind !== 'checkin') continue;
		const points: TrendPoint[] = sessions.map((session) => {
			const mine = rows.filter((r) => r.liveSessionId === session.id);
			const rounds = mine.flatMap((r) => roundsBySessionPrompt.get(r.sessionPromptId) ?? []);
			if (rounds.length === 0) return { liveSessionId: session.id, state: 'not_asked' };
			const released = rounds.find((r) => r.release?.state === 'released');
			const stats =
				released?.release?.state === 'released'
					? distributionOf(released.release.results as PromptResults)
					: null;
			if (stats) {
				return {
					liveSessionId: session.id,
					state: 'released',
					answered: stats.answered,
					median: stats.median,
					lower: stats.lower,
					upper: stats.upper
				};
			}
			return {
				liveSessionId: session.id,
				state: 'no_release',
				answered: answeredOf.get(rounds.at(-1)!.id) ?? null
			};
		});
		const askedIn = points.filter((p) => p.state !== 'not_asked').length;
		const version = rows[0]!.version ?? 1;
		if (askedIn < 2) {
			trends.askedOnce.push({ promptId, version, text: definition.text });
			continue;
		}
		const series: TrendSeries = {
			promptId,
			version,
			prompt: definition,
			min: definition.kind === 'scale' ? definition.min : 1,
			max: definition.kind === 'scale' ? definition.max : 5,
			minLabel: definition.kind === 'scale' ? definition.minLabel : (definition.labels[0] ?? ''),
			maxLabel: definition.kind === 'scale' ? definition.maxLabel : (definition.labels[4] ?? ''),
			points
		};
		trends.measures.push(series);
	}
	trends.measures.sort(
		(a, b) => a.prompt.text.localeCompare(b.prompt.text) || a.version - b.version
	);
	return trends;
}

/** The same value with object keys in one order (jsonb keeps them in its own). */
function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([k, v]) => [k, sorted(v)])
		);
	}
	return value;
}
