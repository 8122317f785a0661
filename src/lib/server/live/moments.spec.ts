import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptDefinition } from '$lib/prompts/kinds';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { addPlanStep, createPlan } from '$lib/server/plans';
import { createOwnPrompt } from '$lib/server/prompts';
import { getSessionSummary } from '$lib/server/summaries';
import type { CoachActor, LiveDomain } from './index';
import { createTestCoach, createTestLive, must } from './test-live';

// A moment asks nothing (timed silence, a grounding exercise): pushed like any prompt, it is
// never answered, never passed, never released, and no view says "fewer than k answered".
// And a prompt's facilitation guide travels with it into the session, for the coach alone.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;
let coachId: string;
let groupId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	live = createTestLive(db).live;
});
afterAll(async () => {
	await handle?.drop();
});

const MOMENT: PromptDefinition = {
	kind: 'moment',
	text: 'A minute of quiet. Eyes open or closed, as you like.',
	seconds: 60
};

async function liveSession(planId?: string) {
	const { liveSessionId } = must(
		await live.create(coachId, groupId, { title: 'Week 2', k: 3, planId: planId ?? null })
	);
	const actor: CoachActor = { coachId, liveSessionId };
	must(await live.start(actor));
	return actor;
}

describe('a moment', () => {
	it('takes no answer and no pass, releases nothing and says nothing about k', async () => {
		const actor = await liveSession();
		const sp = must(await live.addPrompt(actor, { definition: MOMENT })).sessionPromptId;
		const { roundId } = must(await live.push(actor, sp));
		const phones = [];
		for (let i = 0; i < 4; i++) phones.push(must(await live.join(actor.liveSessionId)).token);

		for (const [i, token] of phones.entries()) {
			const device = { liveSessionId: actor.liveSessionId, token };
			const refused = await live.submitAnswer(
				device,
				i % 2 === 0
					? { roundId, idempotencyKey: randomUUID(), answer: { text: 'anything' } }
					: { roundId, idempotencyKey: randomUUID(), pass: true }
			);
			expect(refused).toEqual({
				ok: false,
				error: 'invalid_payload',
				fields: { none: 'A moment has nothing to answer.' }
			});
		}
		expect(
			await db.select().from(table.liveResponse).where(eq(table.liveResponse.roundId, roundId))
		).toEqual([]);
		expect(await live.roomCounts(actor.liveSessionId)).toMatchObject({ responded: 0 });

		const room = await live.participantState(actor.liveSessionId);
		expect(room?.round).toMatchObject({ status: 'open', prompt: MOMENT, release: null });

		expect(must(await live.close(actor, roundId))).toEqual({ released: false });
		const closed = await live.coachState(actor.liveSessionId);
		expect(closed?.round).toMatchObject({ status: 'closed', release: null, attention: false });
		expect((await live.participantState(actor.liveSessionId))?.round?.release).toBeNull();
		const [round] = await db
			.select()
			.from(table.promptRound)
			.where(eq(table.promptRound.id, roundId));
		expect(round).toMatchObject({ answeredCount: 0, passedCount: 0, needsAttention: false });

		// Nothing was released, so it may be held again: a new round.
		const again = must(await live.push(actor, sp));
		expect(again.roundId).not.toBe(roundId);
	});

	it('is left out of the session summary, which lists only what was asked', async () => {
		const actor = await liveSession();
		const moment = must(await live.addPrompt(actor, { definition: MOMENT })).sessionPromptId;
		const scale = must(
			await live.addPrompt(actor, {
				definition: {
					kind: 'scale',
					text: 'How settled do you feel now?',
					min: 0,
					max: 10,
					minLabel: 'not at all',
					maxLabel: 'settled'
				}
			})
		).sessionPromptId;
		must(await live.push(actor, moment));
		const { roundId } = must(await live.push(actor, scale));
		for (const value of [3, 5, 7]) {
			const { token } = must(await live.join(actor.liveSessionId));
			must(
				await live.submitAnswer(
					{ liveSessionId: actor.liveSessionId, token },
					{ roundId, idempotencyKey: randomUUID(), answer: { value } }
				)
			);
		}
		must(await live.end(actor));
		const summary = await getSessionSummary(db, coachId, actor.liveSessionId, {
			defaultDays: 90
		});
		expect(summary?.prompts.map((p) => [p.order, p.kind, p.release.state])).toEqual([
			[1, 'scale', 'released']
		]);
	});
});

describe('a prompt’s facilitation guide', () => {
	it('is copied into the session with a plan step’s note beside it, and reaches the coach alone', async () => {
		const guide = {
			before: 'Say that passing is fine, and that no one needs to explain.',
			watch: 'If a word points to self-harm, hide it and send the support card.',
			reveal: 'read-first' as const
		};
		const promptId = await createOwnPrompt(
			db,
			coachId,
			{ kind: 'words', text: 'A word for this week' },
			{ note: 'A gentle way in.', participantNote: 'One word is plenty.', guide }
		);
		const planId = await createPlan(db, coachId, { title: 'Guided', description: '' });
		expect(
			await addPlanStep(db, coachId, planId, promptId, 'Keep it light: week one.')
		).not.toBeNull();

		const actor = await liveSession(planId);
		const state = await live.coachState(actor.liveSessionId);
		expect(state?.prompts[0]).toMatchObject({
			note: 'Keep it light: week one.',
			promptNote: 'A gentle way in.',
			promptGuide: guide,
			participantNote: 'One word is plenty.'
		});
		must(await live.push(actor, state!.prompts[0]!.id));
		const room = JSON.stringify(await live.participantState(actor.liveSessionId));
		const display = JSON.stringify(await live.displayState(actor.liveSessionId));
		for (const view of [room, display]) {
			expect(view).toContain('One word is plenty.');
			for (const coachOnly of [guide.before, guide.watch, 'A gentle way in.', 'week one'])
				expect(view).not.toContain(coachOnly);
		}
	});
});
