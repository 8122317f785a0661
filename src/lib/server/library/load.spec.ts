import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { registerCoach } from '$lib/server/coaches';
import { createGroup } from '$lib/server/groups';
import { createTestLive } from '$lib/server/live/test-live';
import { duplicatePlan, getPlan, listPlans } from '$lib/server/plans';
import { copyPrompt, searchPrompts } from '$lib/server/prompts';
import { LIBRARY_PLANS, LIBRARY_PROMPTS } from './content';
import { loadLibrary } from './load';
import type { LibraryPrompt } from './types';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let coachId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	const r = await registerCoach(handle.db, {
		email: 'library@example.org',
		displayName: 'Library Coach',
		password: 'shelves of quiet questions'
	});
	if (!r.ok) throw new Error('setup');
	coachId = r.coach.id;
});
afterAll(() => handle.drop());

const libraryRows = () =>
	handle.db
		.select()
		.from(table.prompt)
		.where(isNull(table.prompt.coachId))
		.orderBy(table.prompt.slug);

describe('the built-in library', () => {
	it('loads every prompt and plan, and loading again changes nothing', async () => {
		const first = await loadLibrary(handle.db);
		expect(first.inserted).toBe(LIBRARY_PROMPTS.length);
		expect(first.plansWritten).toBe(LIBRARY_PLANS.length);
		expect(first.refused).toEqual([]);
		const before = await libraryRows();
		const second = await loadLibrary(handle.db);
		expect(second).toEqual({ inserted: 0, updated: 0, retired: 0, plansWritten: 0, refused: [] });
		expect(await libraryRows()).toEqual(before);
		const plans = (await listPlans(handle.db, coachId)).filter((p) => p.ready);
		expect(plans).toHaveLength(LIBRARY_PLANS.length);
		for (const p of plans) expect(p.steps).toBeGreaterThanOrEqual(5);
	});

	it('updates wording in place, retires removed slugs, and leaves coaches and sessions alone', async () => {
		await loadLibrary(handle.db);
		const plain = LIBRARY_PROMPTS.filter((p) => !p.measure);
		const [target, removed, original] = plain as [LibraryPrompt, LibraryPrompt, LibraryPrompt];
		const [targetRow] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, target.slug));

		// A coach's own copy, and a live session that snapshotted the prompt through a plan.
		const ownId = await copyPrompt(handle.db, coachId, targetRow!.id);
		const group = await createGroup(handle.db, coachId, { name: 'G', description: '' });
		const planId = LIBRARY_PLANS[0]!.slug;
		const [planRow] = await handle.db.select().from(table.plan).where(eq(table.plan.slug, planId));
		const ownPlanId = await duplicatePlan(handle.db, coachId, planRow!.id);
		const created = await createTestLive(handle.db).live.create(coachId, group.id, {
			title: 'S',
			k: 3,
			planId: ownPlanId
		});
		if (!created.ok) throw new Error(created.error);
		const session = { id: created.data.liveSessionId };
		const snapshotBefore = await handle.db
			.select()
			.from(table.sessionPrompt)
			.where(eq(table.sessionPrompt.liveSessionId, session.id));
		const [ownBefore] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.id, ownId!));

		const reworded: LibraryPrompt = {
			...target,
			definition: { ...target.definition, text: `${target.definition.text} (reworded)` }
		};
		const changedShape: LibraryPrompt = {
			...original,
			definition: {
				kind: original.definition.kind === 'words' ? 'text' : 'words',
				text: original.definition.text
			}
		};
		const report = await loadLibrary(handle.db, {
			prompts: [
				reworded,
				changedShape,
				...LIBRARY_PROMPTS.filter((p) => ![target, removed, original].includes(p))
			],
			plans: LIBRARY_PLANS
		});
		expect(report.updated).toBe(1);
		expect(report.retired).toBe(1);
		expect(report.refused).toEqual([changedShape.slug]);

		const [after] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, target.slug));
		expect(after!.id).toBe(targetRow!.id);
		expect(after!.definition.text).toBe(reworded.definition.text);
		const [retired] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, removed.slug));
		expect(retired!.retired).toBe(true);
		// Retired prompts are hidden from search but kept.
		const found = await searchPrompts(handle.db, coachId, { scope: 'library' });
		expect(found.some((p) => p.id === retired!.id)).toBe(false);
		expect(found.some((p) => p.id === after!.id)).toBe(true);
		// A kind change under an existing slug is refused: the row keeps its kind.
		const [kept] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, changedShape.slug));
		expect(kept!.kind).toBe(original.definition.kind);
		// The coach's own copy and the session's snapshot did not move.
		const [ownAfter] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.id, ownId!));
		expect(ownAfter).toEqual(ownBefore);
		expect(
			await handle.db
				.select()
				.from(table.sessionPrompt)
				.where(eq(table.sessionPrompt.liveSessionId, session.id))
		).toEqual(snapshotBefore);

		// Loading the real file again brings the retired prompt back and restores the wording.
		const restore = await loadLibrary(handle.db);
		expect(restore.refused).toEqual([]);
		const [back] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, removed.slug));
		expect(back!.retired).toBe(false);
		const [restored] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, target.slug));
		expect(restored!.definition.text).toBe(target.definition.text);
	});

	it('keeps ready plans read-only and gives coaches a copy that edits on its own', async () => {
		await loadLibrary(handle.db);
		const [ready] = await handle.db
			.select()
			.from(table.plan)
			.where(and(isNull(table.plan.coachId), eq(table.plan.slug, LIBRARY_PLANS[0]!.slug)));
		const view = await getPlan(handle.db, coachId, ready!.id);
		expect(view?.editable).toBe(false);
		const copyId = await duplicatePlan(handle.db, coachId, ready!.id);
		const copy = await getPlan(handle.db, coachId, copyId!);
		expect(copy?.editable).toBe(true);
		expect(copy?.steps.map((s) => s.promptId)).toEqual(view?.steps.map((s) => s.promptId));
		const [{ n }] = (await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(table.plan)
			.where(isNull(table.plan.coachId))) as [{ n: number }];
		expect(n).toBe(LIBRARY_PLANS.length);
	});

	it('loads measures as the first version of their series, and refuses to reword one in place', async () => {
		await loadLibrary(handle.db);
		const measures = LIBRARY_PROMPTS.filter((p) => p.measure);
		expect(
			measures.map((m) => m.definition.kind).every((k) => k === 'checkin' || k === 'scale')
		).toBe(true);
		expect(measures.map((m) => m.definition.text)).toEqual(
			expect.arrayContaining([expect.stringMatching(/connected .* colleagues/)])
		);
		const rows = await handle.db.select().from(table.prompt).where(eq(table.prompt.measure, true));
		for (const row of rows) {
			expect(row.measureSeries).toBe(row.id);
			expect(row.measureVersion).toBe(1);
		}
		expect(rows.map((r) => r.slug).sort()).toEqual(measures.map((m) => m.slug).sort());
		const measure = measures[0]!;
		const report = await loadLibrary(handle.db, {
			prompts: LIBRARY_PROMPTS.map((p) =>
				p === measure
					? { ...p, definition: { ...p.definition, text: `${p.definition.text} (reworded)` } }
					: p
			),
			plans: LIBRARY_PLANS
		});
		expect(report.refused).toEqual([measure.slug]);
		const [kept] = await handle.db
			.select()
			.from(table.prompt)
			.where(eq(table.prompt.slug, measure.slug));
		expect(kept!.definition.text).toBe(measure.definition.text);
	});
});
