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
		for (const p of plans) expect(p.steps).toBeGreaterThanOrEqual(4);
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

// The first edition's own words for prompts the second edition had to reshape (a kind, labels
// or range changed, so each needed a new slug). A database that ran sessions on the first
// edition must keep them exactly as asked.
const FIRST_EDITION: LibraryPrompt[] = [
	{
		slug: 'boundaries-after-saying-no',
		theme: 'boundaries',
		definition: {
			kind: 'single',
			text: 'When you say no at work, what usually follows?',
			options: [
				'Relief',
				'Guilt',
				'Worry about what others think',
				'Relief and guilt together',
				'I rarely say no',
				'Not sure'
			]
		},
		guide: { purpose: 'Guilt after a no is very common.', before: '', watch: '', reveal: 'reveal' }
	},
	{
		slug: 'identity-like-yourself',
		theme: 'identity',
		definition: {
			kind: 'checkin',
			text: 'How much like yourself have you felt this week?',
			labels: ['Not at all', 'Rarely', 'In places', 'Mostly', 'Very much']
		},
		guide: { purpose: 'A gentle opener for this theme.', before: '', watch: '', reveal: 'reveal' },
		measure: true
	},
	{
		slug: 'checkin-leaving-energy',
		theme: 'checkin',
		definition: {
			kind: 'scale',
			text: 'Where is your energy as we finish?',
			min: 0,
			max: 10,
			minLabel: 'Empty',
			maxLabel: 'Full'
		},
		guide: { purpose: 'A check-out.', before: '', watch: '', reveal: 'reveal' }
	}
];
const MUST_RESHAPE = FIRST_EDITION.map((p) => p.slug);

describe('the second edition over the first', () => {
	let db2: Awaited<ReturnType<typeof createTestDatabase>>;
	beforeAll(async () => {
		db2 = await createTestDatabase();
	});
	afterAll(() => db2?.drop());

	it('retires the reshaped prompts under their old slugs and leaves past sessions as they were', async () => {
		const first = await loadLibrary(db2.db, {
			prompts: FIRST_EDITION,
			plans: [
				{
					slug: 'first-edition-plan',
					title: 'First edition',
					description: 'Three prompts that the second edition reshaped.',
					steps: FIRST_EDITION.map((p) => ({ prompt: p.slug }))
				}
			]
		});
		expect(first.inserted).toBe(FIRST_EDITION.length);
		const r = await registerCoach(db2.db, {
			email: 'editions@example.org',
			displayName: 'Editions',
			password: 'two shelves of questions'
		});
		if (!r.ok) throw new Error('setup');
		const group = await createGroup(db2.db, r.coach.id, { name: 'G', description: '' });
		const [plan] = await db2.db
			.select()
			.from(table.plan)
			.where(eq(table.plan.slug, 'first-edition-plan'));
		const { live } = createTestLive(db2.db);
		const created = await live.create(r.coach.id, group.id, { title: 'S', k: 3, planId: plan!.id });
		if (!created.ok) throw new Error(created.error);
		const actor = { coachId: r.coach.id, liveSessionId: created.data.liveSessionId };
		expect((await live.start(actor)).ok).toBe(true);
		const asked = (await live.coachState(actor.liveSessionId))!.prompts[0]!;
		expect((await live.push(actor, asked.id)).ok).toBe(true);
		expect((await live.end(actor)).ok).toBe(true);
		const snapshot = () =>
			db2.db
				.select()
				.from(table.sessionPrompt)
				.where(eq(table.sessionPrompt.liveSessionId, actor.liveSessionId))
				.orderBy(table.sessionPrompt.position);
		const before = await snapshot();
		const recordBefore = await live.record(actor.liveSessionId);

		const second = await loadLibrary(db2.db);
		// No shape changed under a kept slug: each reshaped prompt left under a new one.
		expect(second.refused).toEqual([]);
		const fileSlugs = new Set(LIBRARY_PROMPTS.map((p) => p.slug));
		for (const slug of MUST_RESHAPE) expect(fileSlugs.has(slug), slug).toBe(false);
		expect(second.retired).toBe(MUST_RESHAPE.length);
		const old = await db2.db.select().from(table.prompt).where(isNull(table.prompt.coachId));
		for (const slug of MUST_RESHAPE) {
			const row = old.find((p) => p.slug === slug);
			expect(row?.retired, slug).toBe(true);
		}
		// Hidden from search, while the session's own copy and its record stay exactly as asked.
		const found = await searchPrompts(db2.db, r.coach.id, { scope: 'library' });
		expect(
			found.some((p) => MUST_RESHAPE.includes(old.find((o) => o.id === p.id)?.slug ?? ''))
		).toBe(false);
		expect(await snapshot()).toEqual(before);
		expect(await live.record(actor.liveSessionId)).toEqual(recordBefore);
		expect(before.map((p) => p.definition)).toEqual(FIRST_EDITION.map((p) => p.definition));
		// The old measure keeps its own series; its successor starts a new one, never merged.
		const oldMeasure = old.find((p) => p.slug === 'identity-like-yourself')!;
		const newMeasures = old.filter((p) => p.measure && !p.retired);
		expect(newMeasures.every((p) => p.measureSeries !== oldMeasure.measureSeries)).toBe(true);
	});
});
