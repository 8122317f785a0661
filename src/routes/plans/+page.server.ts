import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import {
	archivePlan,
	createPlan,
	duplicatePlan,
	listArchivedPlans,
	listPlans,
	setPlanArchived
} from '$lib/server/plans';
import { formValues, parseWith } from '$lib/schemas/form';
import { PLAN_DESCRIPTION_MAX, PLAN_TITLE_MAX, planSchema } from '$lib/schemas/library';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { coach } = requireCoach(event);
	const database = await db();
	const plans = await listPlans(database, coach.id);
	return {
		mine: plans.filter((p) => !p.ready),
		ready: plans.filter((p) => p.ready),
		archived: await listArchivedPlans(database, coach.id)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { coach } = requireCoach(event);
		const form = await event.request.formData();
		const values = {
			title: String(form.get('title') ?? '').slice(0, PLAN_TITLE_MAX + 20),
			description: String(form.get('description') ?? '').slice(0, PLAN_DESCRIPTION_MAX + 20)
		};
		const parsed = parseWith(planSchema, formValues(form));
		if (!parsed.ok) return fail(400, { action: 'create', values, fields: parsed.fields });
		const id = await createPlan(await db(), coach.id, parsed.data);
		redirect(303, `/plans/${id}`);
	},
	/** "Use this plan" on a ready plan, "Duplicate" on one of the coach's own. */
	duplicate: async (event) => {
		const { coach } = requireCoach(event);
		const planId = (await event.request.formData()).get('planId');
		const copyId =
			typeof planId === 'string' ? await duplicatePlan(await db(), coach.id, planId) : null;
		if (!copyId) return fail(400, { action: 'duplicate', message: 'That plan is not available.' });
		redirect(303, `/plans/${copyId}?copied=1`);
	},
	archive: async (event) => {
		const { coach } = requireCoach(event);
		const planId = (await event.request.formData()).get('planId');
		const archived =
			typeof planId === 'string' ? await archivePlan(await db(), coach.id, planId) : false;
		if (!archived)
			return fail(400, { action: 'archive', message: 'That plan is not one of yours.' });
		return {
			action: 'archive',
			done: 'Plan archived. Sessions started from it keep their prompts.'
		};
	},
	restore: async (event) => {
		const { coach } = requireCoach(event);
		const planId = (await event.request.formData()).get('planId');
		const restored =
			typeof planId === 'string'
				? await setPlanArchived(await db(), coach.id, planId, false)
				: false;
		if (!restored)
			return fail(400, { action: 'restore', message: 'That plan is not one of yours.' });
		return { action: 'restore', done: 'Plan restored.' };
	}
};
