import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, PromptDefinition } from '$lib/prompts/kinds';
import { openDatabase, rowsOf, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import type { CoachActor, LiveDomain } from '$lib/server/live';
import { createTestCoach, createTestLive, must } from '$lib/server/live/test-live';
import { createOwnPrompt, setOwnPromptMeasure, updateOwnPrompt } from '$lib/server/prompts';
import { groupCsv, groupJson, sessionCsv, sessionJson } from './export';
import { getGroupTrends, getSessionSummary, setSessionNotes } from './index';
import { deleteExpiredTexts } from './retention';

// Summaries, trends, exports and retention against expectations worked out by hand.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;
let coachId: string;
let groupId: string;
const retention = { defaultDays: 90 };

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	({ live } = createTestLive(db, { maintenance: handle.maintenance }));
});
afterAll(async () => {
	await handle?.drop();
});

const scale: PromptDefinition = {
	kind: 'scale',
	text: 'How full is your tank?',
	min: 1,
	max: 5,
	minLabel: 'empty',
	maxLabel: 'full'
};
const multiple: PromptDefinition = {
	kind: 'multiple',
	text: 'What helped?',
	options: ['Sleep', 'A walk', 'Talking']
};

/** Runs a live session: each entry is a prompt and what each phone answers (null: a pass). */
async function runSession(
	plan: { definition?: PromptDefinition; promptId?: string; answers: (AnswerValue | null)[] }[],
	options: { k?: number; phones?: number; group?: string } = {}
) {
	const { liveSessionId } = must(
		await live.create(coachId, options.group ?? groupId, { title: 'Week', k: options.k ?? 3 })
	);
	const actor: CoachActor = { coachId, liveSessionId };
	must(await live.start(actor));
	const tokens: string[] = [];
	for (let i = 0; i < (options.phones ?? 6); i++)
		tokens.push(must(await live.join(liveSessionId)).token);
	for (const step of plan) {
		const { sessionPromptId } = must(
			await live.addPrompt(
				actor,
				step.promptId ? { promptId: step.promptId } : { definition: step.definition! }
			)
		);
		const { roundId } = must(await live.push(actor, sessionPromptId));
		for (const [i, answer] of step.answers.entries()) {
			must(
				await live.submitAnswer(
					{ liveSessionId, token: tokens[i]! },
					answer === null
						? { roundId, idempotencyKey: randomUUID(), pass: true }
						: { roundId, idempotencyKey: randomUUID(), answer }
				)
			);
		}
		must(await live.close(actor, roundId));
	}
	must(await live.end(actor));
	return liveSessionId;
}

describe('a session summary', () => {
	it('shows counts for every prompt and results only where at least k answered', async () => {
		const id = await runSession([
			{ definition: { kind: 'text', text: 'Nobody?' }, answers: [] },
			{ definition: { ...scale, text: 'All pass' }, answers: [null, null, null] },
			{ definition: { ...scale, text: 'One short' }, answers: [{ value: 1 }, { value: 5 }, null] },
			{ definition: scale, answers: [{ value: 2 }, { value: 4 }, { value: 4 }, null] },
			{
				definition: multiple,
				answers: [{ choices: [0, 1] }, { choices: [1] }, { choices: [1, 2] }]
			},
			{
				definition: { kind: 'words', text: 'A word' },
				answers: [{ words: ['tired', 'hopeful'] }, { words: ['tired'] }, { words: ['quiet'] }]
			}
		]);
		const summary = (await getSessionSummary(db, coachId, id, retention))!;
		expect(summary.liveSession.phones).toBe(6);
		expect(summary.liveSession.durationMinutes).toBe(0);
		const byText = Object.fromEntries(summary.prompts.map((p) => [p.prompt.text, p]));
		expect(summary.prompts.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(byText['Nobody?']).toMatchObject({
			answered: 0,
			passed: 0,
			release: { state: 'below_k', k: 3 },
			stats: null
		});
		expect(byText['All pass']).toMatchObject({
			answered: 0,
			passed: 3,
			release: { state: 'below_k' }
		});
		expect(byText['One short']).toMatchObject({
			answered: 2,
			passed: 1,
			release: { state: 'below_k' }
		});
		// Exactly k: 2, 4, 4 → median 4; the halves (2, 4) and (4, 4) → 3 and 4.
		expect(byText[scale.text]).toMatchObject({
			answered: 3,
			passed: 1,
			release: { state: 'released', results: { counts: [0, 1, 0, 2, 0], median: 4 } },
			stats: { median: 4, lower: 3, upper: 4, answered: 3 }
		});
		// Overlapping choices: counts add up to more than those who answered.
		expect(byText[multiple.text]).toMatchObject({
			answered: 3,
			release: { state: 'released', results: { counts: [1, 3, 1], answered: 3 } }
		});
		expect(byText['A word']!.release).toMatchObject({
			state: 'released',
			results: {
				words: [
					{ word: 'tired', count: 2 },
					{ word: 'hopeful', count: 1 },
					{ word: 'quiet', count: 1 }
				]
			}
		});
		// Written answers are kept, and the summary says until when.
		const ended = new Date(summary.liveSession.endedAt!).getTime();
		expect(new Date(summary.liveSession.textsDeleteOn!).getTime()).toBe(ended + 90 * 86_400_000);
		// Only the owner sees it, and only once it ended.
		const other = await createTestCoach(db);
		expect(await getSessionSummary(db, other.coachId, id, retention)).toBeNull();
	});

	it('keeps the coach’s notes, and refuses notes too long', async () => {
		const id = await runSession([]);
		expect(await setSessionNotes(db, coachId, id, 'Quiet start; warmer by the end.')).toEqual({
			ok: true,
			data: null
		});
		expect((await getSessionSummary(db, coachId, id, retention))!.liveSession.notes).toBe(
			'Quiet start; warmer by the end.'
		);
		expect(await setSessionNotes(db, coachId, id, 'x'.repeat(5001))).toMatchObject({
			ok: false,
			error: 'invalid_payload'
		});
		const other = await createTestCoach(db);
		expect(await setSessionNotes(db, other.coachId, id, 'mine now')).toEqual({
			ok: false,
			error: 'not_found'
		});
	});
});

describe('exports', () => {
	it('carry exactly the stored aggregates, with the pages’ suppression, and no formula', async () => {
		const id = await runSession([
			{ definition: { ...scale, text: 'Too few' }, answers: [{ value: 3 }, null] },
			{
				definition: { kind: 'text', text: 'Say it' },
				answers: [{ text: '=HYPERLINK("x")' }, { text: 'plain, with a comma' }, { text: 'ok' }]
			}
		]);
		const summary = (await getSessionSummary(db, coachId, id, retention))!;
		const csv = sessionCsv(summary);
		expect(csv.startsWith('\uFEFFsession_started,session_title,order,round,kind,prompt')).toBe(
			true
		);
		const lines = csv.trim().split('\r\n');
		const tooFew = lines.filter((l) => l.includes('Too few'));
		// Its counts, and no item rows at all.
		expect(tooFew).toHaveLength(1);
		expect(tooFew[0]).toMatch(/,1,1,no,,,,,$/);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain('"plain, with a comma"');
		const json = sessionJson(summary);
		expect(json).toMatchObject({ format: 'huddle.session-summary', version: 1 });
		expect(json.session.prompts[0]).toMatchObject({
			text: 'Too few',
			answered: 1,
			passed: 1,
			released: false,
			results: null
		});
		expect(JSON.stringify(json)).not.toContain('"value":3');
	});
});

describe('group trends', () => {
	it('follow each measure version per session, with gaps where nothing was released', async () => {
		const { groupId: trendGroup } = await createTestCoachGroup();
		const measure = await createOwnPrompt(db, coachId, { ...scale, text: 'How rested?' });
		must(await setOwnPromptMeasure(db, coachId, measure, true));
		const plain = { ...scale, text: 'Not a measure' };
		const s1 = await runSession(
			[
				{ promptId: measure, answers: [{ value: 3 }, { value: 4 }, { value: 5 }] },
				{ definition: plain, answers: [{ value: 1 }, { value: 1 }, { value: 1 }] }
			],
			{ group: trendGroup }
		);
		const s2 = await runSession([{ promptId: measure, answers: [{ value: 5 }, null] }], {
			group: trendGroup
		});
		const s3 = await runSession(
			[{ promptId: measure, answers: [{ value: 1 }, { value: 1 }, { value: 2 }] }],
			{ group: trendGroup }
		);
		// Reworded: the next version, a line of its own.
		const v2 = (await updateOwnPrompt(db, coachId, measure, {
			...scale,
			text: 'How rested, really?'
		}))!;
		expect(v2.newVersion).toBe(true);
		const s4 = await runSession(
			[{ promptId: v2.id, answers: [{ value: 2 }, { value: 2 }, { value: 2 }] }],
			{
				group: trendGroup
			}
		);
		const s5 = await runSession(
			[{ promptId: v2.id, answers: [{ value: 4 }, { value: 4 }, { value: 5 }] }],
			{
				group: trendGroup
			}
		);
		const trends = (await getGroupTrends(db, coachId, trendGroup))!;
		expect(trends.sessions.map((s) => s.id)).toEqual([s1, s2, s3, s4, s5]);
		expect(trends.measures.map((m) => [m.prompt.text, m.version])).toEqual([
			['How rested, really?', 2],
			['How rested?', 1]
		]);
		const first = trends.measures.find((m) => m.version === 1)!;
		expect(first.points).toEqual([
			// 3, 4, 5 → median 4; halves (3, 4) and (4, 5).
			{ liveSessionId: s1, state: 'released', answered: 3, median: 4, lower: 3.5, upper: 4.5 },
			{ liveSessionId: s2, state: 'no_release', answered: 1 },
			{ liveSessionId: s3, state: 'released', answered: 3, median: 1, lower: 1, upper: 1.5 },
			{ liveSessionId: s4, state: 'not_asked' },
			{ liveSessionId: s5, state: 'not_asked' }
		]);
		const second = trends.measures.find((m) => m.version === 2)!;
		expect(second.points.map((p) => p.state)).toEqual([
			'not_asked',
			'not_asked',
			'not_asked',
			'released',
			'released'
		]);
		expect(JSON.stringify(trends)).not.toContain('Not a measure');
		// The group export has every session and the same lines.
		const summaries = await Promise.all(
			trends.sessions.map(async (s) => (await getSessionSummary(db, coachId, s.id, retention))!)
		);
		const json = groupJson(trends, summaries);
		expect(json).toMatchObject({ format: 'huddle.group-summary', version: 1 });
		expect(json.sessions).toHaveLength(5);
		expect(json.measures[1]!.points[1]).toMatchObject({ state: 'no_release', median: null });
		expect(
			groupCsv(summaries)
				.split('\r\n')
				.filter((l) => l.includes('How rested?')).length
		).toBeGreaterThan(3);
		// Another coach sees none of it.
		const other = await createTestCoach(db);
		expect(await getGroupTrends(db, other.coachId, trendGroup)).toBeNull();
	});
});

describe('retention', () => {
	it('deletes written answers after the group’s days, keeps counts, and runs once', async () => {
		const { groupId: shortGroup } = await createTestCoachGroup();
		await db
			.update(table.group)
			.set({ textRetentionDays: 7 })
			.where(eq(table.group.id, shortGroup));
		const id = await runSession(
			[
				{
					definition: { kind: 'text', text: 'What stays?' },
					answers: [{ text: 'secret-ish one' }, { text: 'two' }, { text: 'three' }]
				},
				{ definition: scale, answers: [{ value: 1 }, { value: 2 }, { value: 3 }] }
			],
			{ group: shortGroup }
		);
		const inSixDays = new Date(Date.now() + 6 * 86_400_000);
		expect((await deleteExpiredTexts(db, retention, inSixDays)).sessions).not.toContain(id);
		const inEightDays = new Date(Date.now() + 8 * 86_400_000);

		// Another process holds the job: this one skips and changes nothing.
		const other =
			testEngine() === 'postgres'
				? await openDatabase({
						databaseUrl: handle.url,
						dataDir: '',
						migrationsDir: 'drizzle',
						migrate: false
					})
				: null;
		if (other) {
			await other.db.transaction(async (tx) => {
				await tx.execute(sql`select pg_advisory_xact_lock(${0x7265746e})`);
				expect(await deleteExpiredTexts(db, retention, inEightDays)).toEqual({
					skipped: true,
					sessions: []
				});
			});
			await other.close();
		}
		expect((await deleteExpiredTexts(db, retention, inEightDays)).sessions).toContain(id);
		expect((await deleteExpiredTexts(db, retention, inEightDays)).sessions).not.toContain(id);
		const summary = (await getSessionSummary(db, coachId, id, retention))!;
		const text = summary.prompts.find((p) => p.kind === 'text')!;
		expect(text).toMatchObject({ answered: 3, textsDeleted: true, release: { state: 'released' } });
		expect(text.release.state === 'released' && text.release.results).toMatchObject({ texts: [] });
		// The scale is untouched.
		expect(summary.prompts.find((p) => p.kind === 'scale')!.stats).toMatchObject({ median: 2 });
		expect(summary.liveSession.textsDeleteOn).toBeNull();
		const stored = JSON.stringify(rowsOf(await db.execute(sql`select answer from response`)));
		expect(stored).not.toContain('secret-ish one');
	});
});

async function createTestCoachGroup() {
	const [row] = await db
		.insert(table.group)
		.values({ coachId, name: `Group ${randomUUID().slice(0, 6)}` })
		.returning({ id: table.group.id });
	return { groupId: row!.id };
}
