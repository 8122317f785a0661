import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, PromptDefinition } from '$lib/prompts/kinds';
import type { Database } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/db/test-db';
import type { LiveDomain } from '$lib/server/live';
import { createTestCoach, createTestLive } from '$lib/server/live/test-live';
import { createOwnPrompt, setOwnPromptMeasure } from '$lib/server/prompts';
import { groupCsv, groupJson, sessionCsv, sessionJson } from './export';
import { getGroupTrends, getSessionSummary } from './index';

// The coach as an adversary. For groups of 1 to 10 people with known answers over three
// sessions, everything a coach can see over time is collected: the console's state after
// every step, the counts after every single answer, the ended record, the summaries, the
// trends and both exports. Then the same weeks run again with two people's answers swapped
// in every round. Every release keeps its multiset of answers, so a coach who could learn
// anything about one person (who answered what, who passed, who changed their mind) would
// see the two runs differ. They must not. A control run changes one person's answer without
// a partner, to show the comparison does see a difference a release makes.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ live } = createTestLive(db, { maintenance: handle.maintenance }));
});
afterAll(async () => {
	await handle?.drop();
});

const K = 3;

type Answer = AnswerValue | null; // null: a pass

const prompts: PromptDefinition[] = [
	{
		kind: 'scale',
		text: 'How full is your tank?',
		min: 1,
		max: 5,
		minLabel: 'empty',
		maxLabel: 'full'
	},
	{ kind: 'single', text: 'Which felt heaviest?', options: ['Workload', 'Guilt', 'Numbness'] },
	{ kind: 'multiple', text: 'What helped?', options: ['Sleep', 'A walk', 'Talking'] },
	{ kind: 'words', text: 'One word' },
	{ kind: 'text', text: 'What would you tell a friend?' }
];

/** What person `p` answers to prompt `i` in week `w` (some pass, some change their minds). */
function answerOf(
	p: number,
	i: number,
	w: number
): { first: Answer; final: Answer; edits: boolean } {
	const seed = (p * 7 + i * 3 + w * 5) % 11;
	if (seed === 3) return { first: null, final: null, edits: false };
	const value = (v: number): Answer => {
		switch (prompts[i]!.kind) {
			case 'scale':
				return { value: 1 + (v % 5) };
			case 'single':
				return { choice: v % 3 };
			case 'multiple':
				return { choices: v % 2 === 0 ? [v % 3] : [0, 1 + (v % 2)] };
			case 'words':
				return { words: [['tired', 'hopeful', 'quiet', 'steady'][v % 4]!] };
			default:
				return { text: `answer ${v % 4}` };
		}
	};
	// Every fourth person first answers something else, then changes it.
	return { first: value(seed + 1), final: value(seed), edits: p % 4 === 1 };
}

/** A different answer (never a pass: passing or not is a count the coach sees by design). */
function otherAnswer(p: number, i: number, w: number): Answer {
	const mine = JSON.stringify(answerOf(p, i, w).final);
	for (let shift = 1; ; shift++) {
		const other = answerOf(p + shift, i, w).final;
		if (other !== null && JSON.stringify(other) !== mine) return other;
	}
}

/**
 * Runs three weeks for a group of `size` and returns, in order, everything its coach saw.
 * `swap`: two people exchange their answers in every round. `alter`: one person's final
 * answers change alone (the control).
 */
async function weeksAsTheCoachSeesThem(
	size: number,
	options: { swap?: [number, number]; alter?: number }
) {
	const { coachId, groupId } = await createTestCoach(db);
	const measure = await createOwnPrompt(db, coachId, prompts[0]!);
	const made = await setOwnPromptMeasure(db, coachId, measure, true);
	if (!made.ok) throw new Error(made.error);
	const seen: unknown[] = [];
	// The console gets counts only when a number changes (realtime/broadcast.ts): so does this.
	let lastCounts = '';
	const observeCounts = async (id: string) => {
		const counts = JSON.stringify(await live.roomCounts(id));
		if (counts !== lastCounts) seen.push(counts);
		lastCounts = counts;
	};
	const sessions: string[] = [];
	for (let w = 0; w < 3; w++) {
		const created = await live.create(coachId, groupId, { title: `Week ${w + 1}`, k: K });
		if (!created.ok) throw new Error(created.error);
		const id = created.data.liveSessionId;
		sessions.push(id);
		const actor = { coachId, liveSessionId: id };
		await live.start(actor);
		const tokens: string[] = [];
		for (let p = 0; p < size; p++) {
			const joined = await live.join(id);
			if (!joined.ok) throw new Error(joined.error);
			tokens.push(joined.data.token);
			await observeCounts(id);
		}
		for (let i = 0; i < prompts.length; i++) {
			const added = await live.addPrompt(
				actor,
				i === 0 ? { promptId: measure } : { definition: prompts[i]! }
			);
			if (!added.ok) throw new Error(added.error);
			const pushed = await live.push(actor, added.data.sessionPromptId);
			if (!pushed.ok) throw new Error(pushed.error);
			const roundId = pushed.data.roundId;
			seen.push(await live.coachState(id));
			// People answer in the order they sit; with a swap, two trade answers, not seats.
			for (let p = 0; p < size; p++) {
				const [x, y] = options.swap ?? [-1, -1];
				const source = p === x ? y : p === y ? x : p;
				const planned = answerOf(source, i, w);
				const final =
					options.alter === p && planned.final !== null ? otherAnswer(source, i, w) : planned.final;
				const sequence = planned.edits && final !== null ? [planned.first, final] : [final];
				for (const answer of sequence) {
					const result = await live.submitAnswer(
						{ liveSessionId: id, token: tokens[p]! },
						answer === null
							? { roundId, idempotencyKey: randomUUID(), pass: true }
							: { roundId, idempotencyKey: randomUUID(), answer }
					);
					if (!result.ok) throw new Error(result.error);
					await observeCounts(id);
				}
			}
			const closed = await live.close(actor, roundId);
			if (!closed.ok) throw new Error(closed.error);
			seen.push(await live.coachState(id));
			if (closed.data.released) await live.reveal(actor, roundId, true);
			seen.push(await live.coachState(id), await live.participantState(id));
		}
		await live.end(actor);
		seen.push(await live.record(id));
	}
	const retention = { defaultDays: 90 };
	const summaries = [];
	for (const id of sessions) {
		const summary = (await getSessionSummary(db, coachId, id, retention))!;
		summaries.push(summary);
		seen.push(summary, sessionJson(summary), sessionCsv(summary));
	}
	const trends = (await getGroupTrends(db, coachId, groupId))!;
	seen.push(trends, groupJson(trends, summaries), groupCsv(summaries));
	return normalized(seen);
}

/**
 * What may differ between two runs without telling anyone anything: random ids (named by
 * their order of appearance), join codes, times, and the order of a text release (shuffled
 * on purpose).
 */
function normalized(seen: unknown[]): string {
	const ids = new Map<string, string>();
	const text = JSON.stringify(seen, (key, value: unknown) => {
		if (key === 'texts' && Array.isArray(value)) return [...value].sort();
		if (key === 'joinCode' || key === 'joinUrl') return '(code)';
		// A CSV export lists a text release's texts in its shuffled order too: compare its lines.
		if (typeof value === 'string' && value.startsWith('\uFEFF')) {
			return value.split('\r\n').sort().join('\r\n');
		}
		if (
			['startedAt', 'endedAt', 'textsDeleteOn', 'durationMinutes', 'session_started'].includes(key)
		)
			return '(time)';
		return value;
	});
	return (
		text
			.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
				if (!ids.has(id)) ids.set(id, `id${ids.size}`);
				return ids.get(id)!;
			})
			.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '(time)')
			// The display link's token is drawn from the session's random secret, like an id.
			.replace(/#[A-Za-z0-9_-]{32}"/g, '#(token)"')
	);
}

/** Where two views first differ, for a readable failure. */
function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return i === a.length && i === b.length
		? 'none'
		: `at ${i}: …${a.slice(Math.max(0, i - 120), i + 80)}… vs …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}

describe('everything a coach can see, attacked', () => {
	for (let size = 1; size <= 10; size++) {
		it(
			`says nothing about any one person, in a group of ${size}`,
			{ timeout: 180_000 },
			async () => {
				const truth = await weeksAsTheCoachSeesThem(size, {});
				// Everyone pairs with the next: for each pair, their answers traded in every round.
				for (let a = 0; a + 1 < size; a += 2) {
					const swapped = await weeksAsTheCoachSeesThem(size, { swap: [a, a + 1] });
					expect(firstDifference(swapped, truth), `swap ${a}↔${a + 1}`).toBe('none');
				}
				// The control: one person's answers change alone (answers stay answers, passes stay
				// passes: how many answered and passed is a count the coach sees). Where a release of
				// k or more includes them, the coach sees that release change (that is what a release
				// says for all of them); below k, nothing at all.
				const control = await weeksAsTheCoachSeesThem(size, { alter: 0 });
				if (size >= K) expect(control).not.toBe(truth);
				else expect(firstDifference(control, truth)).toBe('none');
			}
		);
	}
});
