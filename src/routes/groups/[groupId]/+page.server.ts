import { error, fail, redirect } from '@sveltejs/kit';
import { describeError, httpStatusOf } from '$lib/result';
import { db, startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import {
	deleteGroup,
	getOwnedGroup,
	setGroupTextRetention,
	textRetentionChoices,
	updateGroup
} from '$lib/server/groups';
import { listPlans } from '$lib/server/plans';
import { formValues, parseWith } from '$lib/schemas/form';
import { groupSchema, kChoices, liveSessionSchema } from '$lib/schemas/live-sessions';
import type { Actions, PageServerLoad } from './$types';

async function requireGroup(event: { locals: App.Locals; url: URL; params: { groupId: string } }) {
	const { coach } = requireCoach(event);
	const group = await getOwnedGroup(await db(), coach.id, event.params.groupId);
	// Someone else's group and a missing one look the same.
	if (!group) error(404, 'There is no such group among yours.');
	return group;
}

export const load: PageServerLoad = async (event) => {
	const group = await requireGroup(event);
	const { config, live } = await startApp();
	const { minK } = config;
	const limits = { minDays: config.textRetentionMinDays, defaultDays: config.textRetentionDays };
	return {
		group: {
			id: group.id,
			name: group.name,
			description: group.description,
			textRetentionDays: group.textRetentionDays ?? config.textRetentionDays
		},
		retentionChoices: textRetentionChoices(limits),
		defaultRetentionDays: config.textRetentionDays,
		liveSessions: await live.listForGroup(group.id),
		plans: (await listPlans(await db(), group.coachId)).map(({ id, title, ready, steps }) => ({
			id,
			title,
			ready,
			steps
		})),
		kChoices: kChoices(minK),
		defaultK: Math.max(5, minK)
	};
};

export const actions: Actions = {
	createLiveSession: async (event) => {
		const group = await requireGroup(event);
		const form = await event.request.formData();
		const values = {
			title: String(form.get('title') ?? '').slice(0, 120),
			k: String(form.get('k') ?? '')
		};
		const { config, live } = await startApp();
		const parsed = parseWith(liveSessionSchema(config.minK), formValues(form));
		if (!parsed.ok) return fail(400, { action: 'create', values, fields: parsed.fields });
		const planId = form.get('planId');
		const created = await live.create(group.coachId, group.id, {
			...parsed.data,
			planId: typeof planId === 'string' && planId ? planId : null
		});
		if (!created.ok) {
			return fail(httpStatusOf(created.error), {
				action: 'create',
				values,
				fields: created.fields ?? { title: describeError(created.error) }
			});
		}
		redirect(303, `/sessions/${created.data.liveSessionId}`);
	},
	update: async (event) => {
		const group = await requireGroup(event);
		const parsed = parseWith(groupSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { action: 'update', fields: parsed.fields });
		await updateGroup(await db(), group.coachId, group.id, parsed.data);
		return { action: 'update', done: 'Saved.' };
	},
	retention: async (event) => {
		const group = await requireGroup(event);
		const { config } = await startApp();
		const raw = (await event.request.formData()).get('days');
		const days = typeof raw === 'string' ? Number.parseInt(raw, 10) : Number.NaN;
		const limits = { minDays: config.textRetentionMinDays, defaultDays: config.textRetentionDays };
		if (
			!textRetentionChoices(limits).includes(days) ||
			!(await setGroupTextRetention(await db(), group.coachId, group.id, days, limits))
		) {
			return fail(400, {
				action: 'retention',
				fields: { days: 'Choose one of the lengths listed.' }
			});
		}
		return { action: 'retention', done: 'Saved. This applies to every session of the group.' };
	},
	delete: async (event) => {
		const group = await requireGroup(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, {
				action: 'delete',
				fields: { confirm: 'Tick the box to confirm that the group and its results go.' }
			});
		}
		await deleteGroup(await db(), group.coachId, group.id);
		redirect(303, '/dashboard');
	}
};
