import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { DEFAULT_CLOSING_NOTE } from '$lib/server/live/room';
import { getVisiblePrompt } from '$lib/server/prompts';

// Plans: ordered prompts with a note per step. Ready plans come from the library (no coach)
// and are read-only; a coach duplicates one to make it their own.

export async function listPlans(db: Database, coachId: string) {
	return db
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
			promptNote: table.prompt.note,
			participantNote: table.prompt.participantNote
		})
		.from(table.planStep)
		.innerJoin(table.prompt, eq(table.prompt.id, table.planStep.promptId))
		.where(eq(table.planStep.planId, planId))
		.orderBy(asc(table.planStep.position));
	return { plan, steps, editable: plan.coachId === coachId };
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

/** A copy of a ready plan or of the coach's own, which the coach then owns. */
export async function duplicatePlan(db: Database, coachId: string, planId: string) {
	const source = await getPlan(db, coachId, planId);
	if (!source) return null;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(table.plan)
			.values({
				coachId,
				title: source.editable ? `${source.plan.title} (copy)` : source.plan.title,
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
