import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { registerCoach } from '$lib/server/coaches';
import { PLAN_TITLE_MAX } from '$lib/schemas/library';
import { copyTitle, createPlan, duplicatePlan, getPlan, setPlanArchived } from './plans';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let coachId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	const r = await registerCoach(handle.db, {
		email: 'copies@example.org',
		displayName: 'Copier',
		password: 'a copy is a plan of its own'
	});
	if (!r.ok) throw new Error('setup');
	coachId = r.coach.id;
});
afterAll(() => handle.drop());

describe('copyTitle', () => {
	it('names a copy so that it differs from every title the coach has', () => {
		expect(copyTitle('Boundaries', true, [])).toBe('Boundaries (my copy)');
		expect(copyTitle('Boundaries', true, ['Boundaries (my copy)'])).toBe('Boundaries (my copy 2)');
		expect(copyTitle('Boundaries', true, ['Boundaries (my copy)', 'Boundaries (my copy 2)'])).toBe(
			'Boundaries (my copy 3)'
		);
		expect(copyTitle('Week 2', false, ['Week 2'])).toBe('Week 2 (copy)');
		expect(copyTitle('Week 2', false, ['Week 2', 'Week 2 (copy)'])).toBe('Week 2 (copy 2)');
	});

	it('names a copy of a copy after the original, and keeps within the title limit', () => {
		expect(copyTitle('Boundaries (my copy)', false, ['Boundaries (my copy)'])).toBe(
			'Boundaries (copy)'
		);
		expect(copyTitle('Week 2 (copy 2)', false, ['Week 2 (copy)', 'Week 2 (copy 2)'])).toBe(
			'Week 2 (copy 3)'
		);
		const long = 'x'.repeat(PLAN_TITLE_MAX);
		const copy = copyTitle(long, true, []);
		expect(copy.length).toBeLessThanOrEqual(PLAN_TITLE_MAX);
		expect(copy.endsWith(' (my copy)')).toBe(true);
	});
});

describe('duplicatePlan', () => {
	it('gives each copy of a ready plan a title of its own', async () => {
		// A ready plan: one of the library's, with no coach.
		const [ready] = await handle.db
			.insert(table.plan)
			.values({ coachId: null, slug: 'copies-boundaries', title: 'Boundaries' })
			.returning({ id: table.plan.id, title: table.plan.title });
		expect((await getPlan(handle.db, coachId, ready!.id))!.editable).toBe(false);
		const first = await duplicatePlan(handle.db, coachId, ready!.id);
		const second = await duplicatePlan(handle.db, coachId, ready!.id);
		const titleOf = async (id: string | null) =>
			(await getPlan(handle.db, coachId, id!))!.plan.title;
		expect(await titleOf(first)).toBe(`${ready!.title} (my copy)`);
		expect(await titleOf(second)).toBe(`${ready!.title} (my copy 2)`);
		// An archived copy still holds its title: a third copy does not take it again.
		await setPlanArchived(handle.db, coachId, first!, true);
		expect(await titleOf(await duplicatePlan(handle.db, coachId, ready!.id))).toBe(
			`${ready!.title} (my copy 3)`
		);
	});

	it('gives a copy of the coach’s own plan a distinct title', async () => {
		const own = await createPlan(handle.db, coachId, { title: 'Week 5', description: '' });
		const copy = await duplicatePlan(handle.db, coachId, own);
		expect((await getPlan(handle.db, coachId, copy!))!.plan.title).toBe('Week 5 (copy)');
		const again = await duplicatePlan(handle.db, coachId, copy!);
		expect((await getPlan(handle.db, coachId, again!))!.plan.title).toBe('Week 5 (copy 2)');
	});
});
