import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptDefinition } from '$lib/prompts/kinds';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { registerCoach } from '$lib/server/coaches';
import { createGroup } from '$lib/server/groups';
import { createTestLive } from '$lib/server/live/test-live';
import {
	addPlanStep,
	createPlan,
	getPlan,
	listArchivedPlans,
	listPlans,
	movePlanStep,
	removePlanStep,
	reorderPlanSteps,
	setPlanArchived,
	setPlanStepNote
} from './plans';
import {
	createOwnPrompt,
	searchPrompts,
	setOwnPromptArchived,
	setOwnPromptMeasure,
	updateOwnPrompt
} from './prompts';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let coachId: string;
let otherCoachId: string;

const def = (text: string): PromptDefinition => ({ kind: 'text', text });

beforeAll(async () => {
	handle = await createTestDatabase();
	for (const email of ['plans@example.org', 'other-plans@example.org']) {
		const r = await registerCoach(handle.db, {
			email,
			displayName: 'Planner',
			password: 'plans are made of steps'
		});
		if (!r.ok) throw new Error('setup');
		if (email.startsWith('plans')) coachId = r.coach.id;
		else otherCoachId = r.coach.id;
	}
});
afterAll(() => handle.drop());

describe('plans and own prompts', () => {
	it('orders steps, moves them, renumbers after a removal, and keeps notes', async () => {
		const planId = await createPlan(handle.db, coachId, { title: 'Week 2', description: '' });
		const ids = [];
		for (const t of ['one', 'two', 'three']) {
			const promptId = await createOwnPrompt(handle.db, coachId, def(t));
			ids.push(await addPlanStep(handle.db, coachId, planId, promptId, `note ${t}`));
		}
		const texts = async () =>
			(await getPlan(handle.db, coachId, planId))!.steps.map((s) => s.definition.text);
		expect(await texts()).toEqual(['one', 'two', 'three']);
		expect(await movePlanStep(handle.db, coachId, planId, ids[0]!, 'down')).toBe(true);
		expect(await texts()).toEqual(['two', 'one', 'three']);
		expect(await movePlanStep(handle.db, coachId, planId, ids[2]!, 'down')).toBe(false);
		expect(await reorderPlanSteps(handle.db, coachId, planId, [ids[2]!, ids[1]!, ids[0]!])).toBe(
			true
		);
		expect(await texts()).toEqual(['three', 'two', 'one']);
		// An order that leaves out or repeats a step is refused.
		expect(await reorderPlanSteps(handle.db, coachId, planId, [ids[0]!, ids[0]!, ids[1]!])).toBe(
			false
		);
		expect(await reorderPlanSteps(handle.db, coachId, planId, [ids[0]!])).toBe(false);
		expect(await setPlanStepNote(handle.db, coachId, planId, ids[1]!, 'breathe first')).toBe(true);
		expect(await removePlanStep(handle.db, coachId, planId, ids[2]!)).toBe(true);
		const plan = await getPlan(handle.db, coachId, planId);
		expect(plan!.steps.map((s) => [s.position, s.definition.text, s.note])).toEqual([
			[1, 'two', 'breathe first'],
			[2, 'one', 'note one']
		]);
	});

	it('lets nobody else see or change a coach’s plan or prompt', async () => {
		const planId = await createPlan(handle.db, coachId, { title: 'Mine', description: '' });
		const promptId = await createOwnPrompt(handle.db, coachId, def('private'));
		expect(await getPlan(handle.db, otherCoachId, planId)).toBeNull();
		expect(await addPlanStep(handle.db, otherCoachId, planId, promptId)).toBeNull();
		const theirPlan = await createPlan(handle.db, otherCoachId, {
			title: 'Theirs',
			description: ''
		});
		expect(await addPlanStep(handle.db, otherCoachId, theirPlan, promptId)).toBeNull();
		expect(
			await updateOwnPrompt(handle.db, otherCoachId, promptId, def('hijacked'), { note: '' })
		).toBeNull();
		expect((await searchPrompts(handle.db, otherCoachId, { q: 'private' })).length).toBe(0);
	});

	it('archives a plan out of the list and restores it, for its owner only', async () => {
		const planId = await createPlan(handle.db, coachId, { title: 'Put away', description: '' });
		const titles = async () => (await listPlans(handle.db, coachId)).map((p) => p.title);
		expect(await setPlanArchived(handle.db, otherCoachId, planId, true)).toBe(false);
		expect(await setPlanArchived(handle.db, coachId, planId, true)).toBe(true);
		expect(await titles()).not.toContain('Put away');
		expect((await listArchivedPlans(handle.db, coachId)).map((p) => p.title)).toContain('Put away');
		expect(await setPlanArchived(handle.db, coachId, planId, false)).toBe(true);
		expect(await titles()).toContain('Put away');
		expect(await listArchivedPlans(handle.db, coachId)).toEqual([]);
	});

	it('freezes a measure: rewording makes its next version, never a changed first one', async () => {
		const scale = (text: string): PromptDefinition => ({
			kind: 'scale',
			text,
			min: 1,
			max: 5,
			minLabel: 'low',
			maxLabel: 'high'
		});
		const first = await createOwnPrompt(handle.db, coachId, scale('How rested are you?'));
		const text = await createOwnPrompt(handle.db, coachId, def('Not a number'));
		expect(await setOwnPromptMeasure(handle.db, coachId, text, true)).toMatchObject({
			ok: false,
			error: 'invalid_payload'
		});
		expect(await setOwnPromptMeasure(handle.db, otherCoachId, first, true)).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await setOwnPromptMeasure(handle.db, coachId, first, true)).toEqual({
			ok: true,
			data: null
		});
		// A note changes in place …
		expect(
			await updateOwnPrompt(handle.db, coachId, first, scale('How rested are you?'), {
				note: 'a note'
			})
		).toEqual({ id: first, newVersion: false });
		// … a rewording is the next version, and the first stays as it was, archived.
		const next = await updateOwnPrompt(
			handle.db,
			coachId,
			first,
			scale('How rested do you feel?'),
			{ note: 'a note' }
		);
		expect(next).toMatchObject({ newVersion: true });
		const rows = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.measureSeries, first))
			.orderBy(asc(table.prompt.measureVersion));
		expect(rows.map((r) => [r.id, r.definition.text, r.measureVersion, r.archived])).toEqual([
			[first, 'How rested are you?', 1, true],
			[next!.id, 'How rested do you feel?', 2, false]
		]);
	});

	it('hides archived prompts from search but keeps them', async () => {
		const promptId = await createOwnPrompt(handle.db, coachId, def('put away for now'));
		expect(await setOwnPromptArchived(handle.db, coachId, promptId, true)).toBe(true);
		expect((await searchPrompts(handle.db, coachId, { q: 'put away' })).length).toBe(0);
		expect(
			(await searchPrompts(handle.db, coachId, { q: 'put away', includeArchived: true })).length
		).toBe(1);
	});

	it('gives a session its own copy of a plan: editing either never reaches the other', async () => {
		const planId = await createPlan(handle.db, coachId, { title: 'Copy me', description: '' });
		const a = await createOwnPrompt(handle.db, coachId, def('first question'));
		const b = await createOwnPrompt(handle.db, coachId, def('second question'));
		await addPlanStep(handle.db, coachId, planId, a, 'open gently');
		await addPlanStep(handle.db, coachId, planId, b);
		const group = await createGroup(handle.db, coachId, { name: 'G', description: '' });
		const { live } = createTestLive(handle.db);
		const created = await live.create(coachId, group.id, { title: 'S', k: 3, planId });
		if (!created.ok) throw new Error(created.error);
		const session = { id: created.data.liveSessionId };
		const sessionPrompts = () =>
			handle.db
				.select()
				.from(table.sessionPrompt)
				.where(eq(table.sessionPrompt.liveSessionId, session.id))
				.orderBy(asc(table.sessionPrompt.position));
		const before = await sessionPrompts();
		expect(before.map((p) => [p.definition.text, p.note])).toEqual([
			['first question', 'open gently'],
			['second question', '']
		]);
		// Edit the prompt and the plan: the session does not change.
		await updateOwnPrompt(handle.db, coachId, a, def('first question, reworded'));
		const plan = await getPlan(handle.db, coachId, planId);
		await removePlanStep(handle.db, coachId, planId, plan!.steps[1]!.id);
		expect(await sessionPrompts()).toEqual(before);
		// Reorder the session: the plan does not change.
		expect(
			await live.movePrompt({ coachId, liveSessionId: session.id }, before[0]!.id, 'down')
		).toEqual({ ok: true, data: null });
		expect((await sessionPrompts()).map((p) => p.definition.text)).toEqual([
			'second question',
			'first question'
		]);
		expect(
			(await getPlan(handle.db, coachId, planId))!.steps.map((s) => s.definition.text)
		).toEqual(['first question, reworded']);
	});
});
