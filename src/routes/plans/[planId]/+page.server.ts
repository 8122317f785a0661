import { error, fail, redirect } from '@sveltejs/kit';
import { ARC_WARNINGS } from '$lib/plans/arc';
import { parsePromptFilters, promptFilterQuery } from '$lib/prompts/filters';
import { describeError, httpStatusOf } from '$lib/result';
import { db, startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { createGroup, listGroups } from '$lib/server/groups';
import {
	addPlanStep,
	archivePlan,
	duplicatePlan,
	getPlan,
	movePlanStep,
	removePlanStep,
	reorderPlanSteps,
	setPlanStepNote,
	updatePlan,
	withoutCopySuffix
} from '$lib/server/plans';
import { searchPrompts } from '$lib/server/prompts';
import { formValues, parseWith } from '$lib/schemas/form';
import { groupSchema, kChoices, liveSessionSchema } from '$lib/schemas/live-sessions';
import {
	PLAN_DESCRIPTION_MAX,
	PLAN_TITLE_MAX,
	planSchema,
	CLOSING_NOTE_MAX,
	stepNoteSchema
} from '$lib/schemas/library';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// More steps than any session could hold: a reorder naming more is refused unread.
const MAX_STEPS = 200;

async function requirePlan(event: RequestEvent) {
	const { coach } = requireCoach(event);
	const database = await db();
	const found = await getPlan(database, coach.id, event.params.planId);
	// Another coach's plan and a missing one look the same.
	if (!found) error(404, 'There is no such plan among yours or the ready ones.');
	return { coach, database, found };
}

/** A plan's steps as the page shows them, and as messages name them. */
async function currentSteps(event: RequestEvent) {
	const { coach } = requireCoach(event);
	const found = await getPlan(await db(), coach.id, event.params.planId);
	return found?.steps ?? [];
}

const readyIsReadOnly = (action: string) =>
	fail(403, {
		action,
		message: 'Ready plans cannot be changed. Choose “Use this plan” to get your own copy.'
	});

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

export const load: PageServerLoad = async (event) => {
	const { coach, database, found } = await requirePlan(event);
	// Only the prompt search's own fields: this page has no kind or scope filter.
	const { q, theme } = parsePromptFilters(event.url.searchParams);
	const searched = found.editable && (q !== '' || theme !== '');
	const results = searched
		? await searchPrompts(database, coach.id, { q, theme: theme || undefined, limit: 40 })
		: [];
	const inPlan = new Set(found.steps.map((s) => s.promptId));
	return {
		plan: {
			id: found.plan.id,
			title: found.plan.title,
			description: found.plan.description,
			closingNote: found.plan.closingNote,
			archived: found.plan.archived
		},
		editable: found.editable,
		steps: found.steps.map((s) => ({
			id: s.id,
			note: s.note,
			promptNote: s.promptNote,
			promptGuide: s.promptGuide,
			theme: s.theme,
			definition: s.definition
		})),
		shape: {
			minutes: found.minutes,
			warnings: found.arcWarnings.map((id) => ({ id, message: ARC_WARNINGS[id] }))
		},
		search: { q, theme, searched },
		query: promptFilterQuery({ q, theme, kind: '', scope: 'all', archived: false }),
		results: results.map((r) => ({ ...r, inPlan: inPlan.has(r.id) })),
		copied: event.url.searchParams.has('copied'),
		start: await startChoices(coach.id, found.plan.title)
	};
};

/** What "Start a session with this plan" offers: the coach's groups, a title, and k. */
async function startChoices(coachId: string, planTitle: string) {
	const { config } = await startApp();
	const groups = await listGroups(await db(), coachId);
	return {
		groups: groups.map(({ id, name }) => ({ id, name })),
		// The plan's own name, without the "(my copy)" it got when it was copied.
		title: withoutCopySuffix(planTitle).slice(0, 120),
		kChoices: kChoices(config.minK),
		defaultK: Math.max(5, config.minK)
	};
}

export const actions: Actions = {
	details: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('details');
		const form = await event.request.formData();
		const values = {
			title: text(form.get('title')).slice(0, PLAN_TITLE_MAX + 20),
			description: text(form.get('description')).slice(0, PLAN_DESCRIPTION_MAX + 20),
			closingCard: form.get('closingCard') === 'on',
			closingNote: text(form.get('closingNote')).slice(0, CLOSING_NOTE_MAX + 20)
		};
		const parsed = parseWith(planSchema, formValues(form));
		if (!parsed.ok) return fail(400, { action: 'details', values, fields: parsed.fields });
		await updatePlan(database, coach.id, found.plan.id, parsed.data);
		return { action: 'details', done: 'Saved.' };
	},
	add: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('add');
		const promptId = text((await event.request.formData()).get('promptId'));
		const stepId = await addPlanStep(database, coach.id, found.plan.id, promptId);
		if (!stepId) return fail(400, { action: 'add', message: 'That prompt is not available.' });
		const steps = await currentSteps(event);
		const position = steps.findIndex((s) => s.id === stepId) + 1;
		const added = steps[position - 1]!;
		return {
			action: 'add',
			done: `Added “${added.definition.text}” as step ${position} of ${steps.length}.`
		};
	},
	remove: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('remove');
		const stepId = text((await event.request.formData()).get('stepId'));
		const step = found.steps.find((s) => s.id === stepId);
		if (!step || !(await removePlanStep(database, coach.id, found.plan.id, stepId))) {
			return fail(400, { action: 'remove', message: 'That step is no longer in the plan.' });
		}
		return { action: 'remove', done: `Removed “${step.definition.text}” from the plan.` };
	},
	note: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('note');
		const form = await event.request.formData();
		const stepId = text(form.get('stepId'));
		const parsed = parseWith(stepNoteSchema, formValues(form));
		if (!parsed.ok) {
			return fail(400, {
				action: 'note',
				stepId,
				fields: parsed.fields,
				values: { note: text(form.get('note')).slice(0, 400) }
			});
		}
		if (!(await setPlanStepNote(database, coach.id, found.plan.id, stepId, parsed.data.note))) {
			return fail(400, { action: 'note', message: 'That step is no longer in the plan.' });
		}
		return { action: 'note', stepId, done: 'Note saved.' };
	},
	move: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('move');
		const form = await event.request.formData();
		const stepId = text(form.get('stepId'));
		const direction = form.get('direction');
		const step = found.steps.find((s) => s.id === stepId);
		if (!step || (direction !== 'up' && direction !== 'down')) {
			return fail(400, { action: 'move', message: 'That step is no longer in the plan.' });
		}
		if (!(await movePlanStep(database, coach.id, found.plan.id, stepId, direction))) {
			const where = direction === 'up' ? 'first' : 'last';
			return fail(400, {
				action: 'move',
				status: `“${step.definition.text}” is already ${where}.`
			});
		}
		return { action: 'move', status: await positionOf(event, stepId) };
	},
	/** The whole order at once (drag and drop): it must name every step exactly once. */
	reorder: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('reorder');
		const form = await event.request.formData();
		const stepIds = form
			.getAll('stepId')
			.slice(0, MAX_STEPS + 1)
			.map(text);
		const ok =
			stepIds.length <= MAX_STEPS &&
			(await reorderPlanSteps(database, coach.id, found.plan.id, stepIds));
		if (!ok) {
			return fail(400, {
				action: 'reorder',
				message:
					'The plan changed in the meantime, so the order was not saved. Here it is as it stands.'
			});
		}
		const moved = text(form.get('movedStepId'));
		return {
			action: 'reorder',
			status: moved && stepIds.includes(moved) ? await positionOf(event, moved) : 'New order saved.'
		};
	},
	/**
	 * A draft live session in one of the coach's groups with this plan's steps (a copy: later
	 * edits of the plan do not reach it), made by the same domain call as the group page's
	 * form. A coach without a group names one here and it is created first.
	 */
	startSession: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		const form = await event.request.formData();
		const values = {
			groupId: text(form.get('groupId')).slice(0, 64),
			groupName: text(form.get('groupName')).slice(0, 120),
			title: text(form.get('title')).slice(0, 140),
			k: text(form.get('k')).slice(0, 8)
		};
		const { config, live } = await startApp();
		const refuse = (fields: Record<string, string>) =>
			fail(400, { action: 'startSession', values, fields });
		const parsed = parseWith(liveSessionSchema(config.minK), formValues(form));
		const groups = await listGroups(database, coach.id);
		const newGroup =
			groups.length === 0 ? parseWith(groupSchema, { name: values.groupName }) : null;
		const fields: Record<string, string> = parsed.ok ? {} : { ...parsed.fields };
		if (newGroup && !newGroup.ok) fields.groupName = newGroup.fields.name ?? 'Name the group.';
		if (!newGroup && !groups.some((g) => g.id === values.groupId)) {
			fields.groupId = 'Choose one of your groups.';
		}
		if (!parsed.ok || Object.keys(fields).length > 0) return refuse(fields);
		const groupId = newGroup?.ok
			? (await createGroup(database, coach.id, newGroup.data)).id
			: values.groupId;
		const created = await live.create(coach.id, groupId, {
			...parsed.data,
			planId: found.plan.id
		});
		if (!created.ok) {
			return fail(httpStatusOf(created.error), {
				action: 'startSession',
				values,
				fields: created.fields ?? { title: describeError(created.error) }
			});
		}
		redirect(303, `/sessions/${created.data.liveSessionId}`);
	},
	duplicate: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		const copyId = await duplicatePlan(database, coach.id, found.plan.id);
		if (!copyId) error(404, 'There is no such plan among yours or the ready ones.');
		redirect(303, `/plans/${copyId}?copied=1`);
	},
	archive: async (event) => {
		const { coach, database, found } = await requirePlan(event);
		if (!found.editable) return readyIsReadOnly('archive');
		await archivePlan(database, coach.id, found.plan.id);
		redirect(303, '/plans');
	}
};

/** “…” moved to position 3 of 6: read out after a move, so the new place is known. */
async function positionOf(event: RequestEvent, stepId: string) {
	const steps = await currentSteps(event);
	const index = steps.findIndex((s) => s.id === stepId);
	if (index < 0) return 'New order saved.';
	return `“${steps[index]!.definition.text}” moved to position ${index + 1} of ${steps.length}.`;
}
