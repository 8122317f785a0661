import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { checkArc, estimateMinutes, type ArcStep } from '$lib/plans/arc';
import type { PromptDefinition } from '$lib/prompts/kinds';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { DEFAULT_CLOSING_NOTE } from '$lib/server/live/room';
import { getVisiblePrompt } from '$lib/server/prompts';
import { PLAN_TITLE_MAX } from '$lib/schemas/library';

// Plans: ordered prompts with a note per step. Ready plans come from the library (no coach)
// and are read-only; a coach duplicates one to make it their own.

export async function listPlans(db: Database, coachId: string) {
	const plans = await db
		.select({
			id: table.plan.id,
			title: table.plan.title,
			description: table.plan.description,
			ready: sql<boolean>`${table.plan.coachId} is null`,
			// Spelled out: inside a subquery Drizzle would leave the outer column unqualified.
			steps: sql<number>`(select count(*)::int from "plan_step" s where s.plan_id = "plan"."id")`
		})
		.from(table.plan)
		.where(
			and(
				or(isNull(table.plan.coachId), eq(table.plan.coachId, coachId)),
				eq(table.plan.archived, false)
			)
		)
		.orderBy(sql`${table.plan.coachId} is null`, asc(table.plan.title));
	const lengths = await estimatePlanMinutes(
		db,
		plans.map((p) => p.id)
	);
	return plans.map((p) => ({ ...p, minutes: lengths.get(p.id) ?? 0 }));
}

/** Each plan's estimated length in minutes (see $lib/plans/arc), in one query. */
async function estimatePlanMinutes(db: Database, planIds: string[]) {
	if (planIds.length === 0) return new Map<string, number>();
	const rows = await db
		.select({
			planId: table.planStep.planId,
			theme: table.prompt.theme,
			definition: table.prompt.definition
		})
		.from(table.planStep)
		.innerJoin(table.prompt, eq(table.prompt.id, table.planStep.promptId))
		.where(inArray(table.planStep.planId, planIds));
	const steps = new Map<string, ArcStep[]>();
	for (const row of rows) {
		const list = steps.get(row.planId) ?? [];
		list.push(arcStepOf(row));
		steps.set(row.planId, list);
	}
	return new Map([...steps].map(([id, list]) => [id, estimateMinutes(list)]));
}

/** What the arc rules need to know of a step's prompt. */
export function arcStepOf(prompt: {
	definition: PromptDefinition;
	theme: string | null;
	slug?: string | null;
}): ArcStep {
	return {
		kind: prompt.definition.kind,
		theme: prompt.theme,
		...(prompt.definition.kind === 'moment' ? { seconds: prompt.definition.seconds } : {}),
		leaving: Boolean(prompt.slug?.startsWith('checkin-leaving-'))
	};
}

/** A plan this coach may see (ready plans and their own), with its steps in order. */
export async function getPlan(db: Database, coachId: string, planId: string) {
	if (!isUuid(planId)) return null;
	const [plan] = await db
		.select()
		.from(table.plan)
		.where(
			and(
				eq(table.plan.id, planId),
				or(isNull(table.plan.coachId), eq(table.plan.coachId, coachId))
			)
		);
	if (!plan) return null;
	const steps = await db
		.select({
			id: table.planStep.id,
			position: table.planStep.position,
			note: table.planStep.note,
			promptId: table.planStep.promptId,
			definition: table.prompt.definition,
			theme: table.prompt.theme,
			slug: table.prompt.slug,
			promptNote: table.prompt.note,
			promptGuide: table.prompt.guide,
			participantNote: table.prompt.participantNote
		})
		.from(table.planStep)
		.innerJoin(table.prompt, eq(table.prompt.id, table.planStep.promptId))
		.where(eq(table.planStep.planId, planId))
		.orderBy(asc(table.planStep.position));
	const arc = steps.map(arcStepOf);
	return {
		plan,
		steps,
		editable: plan.coachId === coachId,
		minutes: estimateMinutes(arc),
		arcWarnings: checkArc(arc, { closingCard: plan.closingNote !== null })
	};
}

/** A new plan ends with the usual closing card; the coach may change or drop it. */
export async function createPlan(
	db: Database,
	coachId: string,
	input: { title: string; description: string }
) {
	const [row] = await db
		.insert(table.plan)
		.values({
			coachId,
			title: input.title,
			description: input.description,
			closingNote: DEFAULT_CLOSING_NOTE
		})
		.returning({ id: table.plan.id });
	return row!.id;
}

/** A copy's title ends in this, with a number from the second copy on. */
const COPY_SUFFIX = /\s\((?:my )?copy(?: \d+)?\)$/;

/** A title without its "(my copy 2)" or "(copy)" ending: the plan it was copied from. */
export function withoutCopySuffix(title: string): string {
	return title.replace(COPY_SUFFIX, '');
}

/**
 * The title of a new copy, different from every title the coach already has: a ready plan's
 * copy is "Boundaries (my copy)", then "Boundaries (my copy 2)"; a copy of the coach's own
 * plan is "Week 2 (copy)", then "Week 2 (copy 2)". A copy of a copy is named after the original.
 */
export function copyTitle(title: string, ready: boolean, taken: Iterable<string>): string {
	const base = withoutCopySuffix(title);
	const word = ready ? 'my copy' : 'copy';
	const used = new Set(taken);
	for (let n = 1; ; n++) {
		const suffix = ` (${n === 1 ? word : `${word} ${n}`})`;
		// Still within the title's limit, so the copy can be saved as it is.
		const candidate = `${base.slice(0, PLAN_TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
		if (!used.has(candidate)) return candidate;
	}
}

/** A copy of a ready plan or of the coach's own, which the coach then owns. */
export async function duplicatePlan(db: Database, coachId: string, planId: string) {
	const source = await getPlan(db, coachId, planId);
	if (!source) return null;
	return db.transaction(async (tx) => {
		// Archived plans count too: restoring one must not bring back a twin.
		const taken = await tx
			.select({ title: table.plan.title })
			.from(table.plan)
			.where(eq(table.plan.coachId, coachId));
		const [row] = await tx
			.insert(table.plan)
			.values({
				coachId,
				title: copyTitle(
					source.plan.title,
					!source.editable,
					taken.map((t) => t.title)
				),
				description: source.plan.description,
				closingNote: source.plan.closingNote
			})
			.returning({ id: table.plan.id });
		if (source.steps.length > 0) {
			await tx.insert(table.planStep).values(
				source.steps.map((s, i) => ({
					planId: row!.id,
					position: i + 1,
					promptId: s.promptId,
					note: s.note
				}))
			);
		}
		return row!.id;
	});
}

async function ownPlan(db: Database, coachId: string, planId: string) {
	if (!isUuid(planId)) return null;
	const [row] = await db
		.select({ id: table.plan.id })
		.from(table.plan)
		.where(and(eq(table.plan.id, planId), eq(table.plan.coachId, coachId)));
	return row ?? null;
}

export async function updatePlan(
	db: Database,
	coachId: string,
	planId: string,
	input: { title: string; description: string; closingCard?: string; closingNote?: string }
) {
	if (!(await ownPlan(db, coachId, planId))) return false;
	const closingNote = input.closingCard ? input.closingNote || DEFAULT_CLOSING_NOTE : null;
	await db
		.update(table.plan)
		.set({
			title: input.title,
			description: input.description,
			closingNote,
			updatedAt: new Date()
		})
		.where(eq(table.plan.id, planId));
	return true;
}

/** Puts a coach's plan away (archived) or back (restored). Sessions keep their copies. */
export async function setPlanArchived(
	db: Database,
	coachId: string,
	planId: string,
	archived: boolean
) {
	if (!(await ownPlan(db, coachId, planId))) return false;
	await db
		.update(table.plan)
		.set({ archived, updatedAt: new Date() })
		.where(eq(table.plan.id, planId));
	return true;
}

export const archivePlan = (db: Database, coachId: string, planId: string) =>
	setPlanArchived(db, coachId, planId, true);

/** A coach's archived plans, to restore. */
export async function listArchivedPlans(db: Database, coachId: string) {
	return db
		.select({ id: table.plan.id, title: table.plan.title })
		.from(table.plan)
		.where(and(eq(table.plan.coachId, coachId), eq(table.plan.archived, true)))
		.orderBy(asc(table.plan.title));
}

export async function addPlanStep(
	db: Database,
	coachId: string,
	planId: string,
	promptId: string,
	note = ''
) {
	if (!(await ownPlan(db, coachId, planId))) return null;
	if (!(await getVisiblePrompt(db, coachId, promptId))) return null;
	const [{ next }] = (await db
		.select({ next: sql<number>`coalesce(max(${table.planStep.position}), 0)::int + 1` })
		.from(table.planStep)
		.where(eq(table.planStep.planId, planId))) as [{ next: number }];
	const [row] = await db
		.insert(table.planStep)
		.values({ planId, promptId, position: next, note })
		.returning({ id: table.planStep.id });
	return row!.id;
}

export async function removePlanStep(
	db: Database,
	coachId: string,
	planId: string,
	stepId: string
) {
	if (!(await ownPlan(db, coachId, planId)) || !isUuid(stepId)) return false;
	const rows = await db
		.delete(table.planStep)
		.where(and(eq(table.planStep.id, stepId), eq(table.planStep.planId, planId)))
		.returning({ id: table.planStep.id });
	if (rows.length > 0) await renumber(db, planId);
	return rows.length > 0;
}

export async function setPlanStepNote(
	db: Database,
	coachId: string,
	planId: string,
	stepId: string,
	note: string
) {
	if (!(await ownPlan(db, coachId, planId)) || !isUuid(stepId)) return false;
	const rows = await db
		.update(table.planStep)
		.set({ note })
		.where(and(eq(table.planStep.id, stepId), eq(table.planStep.planId, planId)))
		.returning({ id: table.planStep.id });
	return rows.length > 0;
}

/** Puts the plan's steps in the given order; the list must name every step exactly once. */
export async function reorderPlanSteps(
	db: Database,
	coachId: string,
	planId: string,
	stepIds: string[]
) {
	if (!(await ownPlan(db, coachId, planId))) return false;
	return db.transaction(async (tx) => {
		const steps = await tx
			.select({ id: table.planStep.id })
			.from(table.planStep)
			.where(eq(table.planStep.planId, planId));
		const known = new Set(steps.map((s) => s.id));
		if (stepIds.length !== known.size || new Set(stepIds).size !== known.size) return false;
		if (!stepIds.every((id) => known.has(id))) return false;
		for (const [i, id] of stepIds.entries()) {
			await tx
				.update(table.planStep)
				.set({ position: i + 1 })
				.where(eq(table.planStep.id, id));
		}
		await tx.update(table.plan).set({ updatedAt: new Date() }).where(eq(table.plan.id, planId));
		return true;
	});
}

/** Moves one step up or down by one place. */
export async function movePlanStep(
	db: Database,
	coachId: string,
	planId: string,
	stepId: string,
	direction: 'up' | 'down'
) {
	const found = await getPlan(db, coachId, planId);
	if (!found?.editable) return false;
	const ids = found.steps.map((s) => s.id);
	const i = ids.indexOf(stepId);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (i < 0 || j < 0 || j >= ids.length) return false;
	[ids[i], ids[j]] = [ids[j]!, ids[i]!];
	return reorderPlanSteps(db, coachId, planId, ids);
}

async function renumber(db: Database, planId: string) {
	await db.execute(sql`
		update ${table.planStep} s set position = n.rn
		from (select id, row_number() over (order by position) as rn
			from ${table.planStep} where plan_id = ${planId}) n
		where s.id = n.id`);
}
