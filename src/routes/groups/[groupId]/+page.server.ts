import { error, fail, redirect } from '@sveltejs/kit';
import { describeError, httpStatusOf, type Failure, type Result } from '$lib/result';
import type { CrisisResource } from '$lib/safety/resources';
import { db, startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import {
	deleteGroup,
	getOwnedGroup,
	setGroupTextRetention,
	textRetentionChoices,
	setGroupFilterWords,
	FILTER_WORDS_INPUT_MAX,
	updateGroup
} from '$lib/server/groups';
import { listPlans } from '$lib/server/plans';
import {
	addOwnResource,
	addPreset,
	changeGroupResources,
	confirmResource,
	removeResource,
	saveGroupResources,
	updateResource
} from '$lib/server/safety/resources';
import { formValues, parseWith } from '$lib/schemas/form';
import { groupSchema, kChoices, liveSessionSchema } from '$lib/schemas/live-sessions';
import { crisisResourceFieldsSchema, RESOURCE_LIMITS } from '$lib/schemas/resources';
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
	const { config, live, crisisResources } = await startApp();
	const { minK } = config;
	const limits = { minDays: config.textRetentionMinDays, defaultDays: config.textRetentionDays };
	return {
		group: {
			id: group.id,
			name: group.name,
			description: group.description,
			textRetentionDays: group.textRetentionDays ?? config.textRetentionDays,
			filterWords: group.filterWords
		},
		retentionChoices: textRetentionChoices(limits),
		defaultRetentionDays: config.textRetentionDays,
		liveSessions: await live.listForGroup(group.id),
		plans: (await listPlans(await db(), group.coachId)).map(
			({ id, title, ready, steps, minutes }) => ({ id, title, ready, steps, minutes })
		),
		kChoices: kChoices(minK),
		defaultK: Math.max(5, minK),
		support: {
			/** Whose list is in effect: the group's own, or the deployment's (group column null). */
			source: group.crisisResources ? ('group' as const) : ('deployment' as const),
			resources: group.crisisResources ?? crisisResources,
			deploymentCount: crisisResources.length
		}
	};
};

// The crisis-resource forms: one per change, each answering under `resources` in ActionData.
type ResourceForm = 'preset' | 'add' | 'edit' | 'confirm' | 'remove' | 'reset';

const RESOURCE_FIELDS = ['name', 'purpose', 'phone', 'text', 'web', 'hours'] as const;

/** One shape for every answer of these forms, so the page reads it without narrowing. */
function resourcesAnswer(answer: {
	form: ResourceForm;
	id?: string;
	values?: Record<string, string>;
	fields?: Record<string, string>;
	message?: string;
	done?: string;
}) {
	return {
		resources: {
			form: answer.form,
			id: answer.id ?? null,
			values: answer.values ?? null,
			fields: answer.fields ?? {},
			message: answer.message ?? null,
			done: answer.done ?? null
		}
	};
}

/** What the coach typed, echoed back on a refusal (bounded, so a huge post is not echoed). */
function resourceValues(form: FormData): Record<(typeof RESOURCE_FIELDS)[number], string> {
	const values = {} as Record<(typeof RESOURCE_FIELDS)[number], string>;
	for (const key of RESOURCE_FIELDS) {
		const raw = form.get(key);
		values[key] = typeof raw === 'string' ? raw.slice(0, RESOURCE_LIMITS[key] + 40) : '';
	}
	return values;
}

function resourceFailure(
	form: ResourceForm,
	failed: Failure,
	extra: { id?: string; values?: Record<string, string> } = {}
) {
	const fields = failed.fields ?? {};
	// A field the form has no control for (a list-level refusal) becomes the form's message.
	const known = Object.keys(fields).some((key) =>
		[...RESOURCE_FIELDS, 'preset'].includes(key as never)
	);
	const message =
		failed.error === 'not_found'
			? 'That resource is no longer in the list, or this group is not yours. The page now shows the list as it is.'
			: known
				? undefined
				: (Object.values(fields)[0] ?? describeError(failed.error));
	return fail(
		httpStatusOf(failed.error),
		resourcesAnswer({ form, ...extra, fields: known ? fields : {}, message })
	);
}

async function changeResources(
	event: Parameters<Actions[string]>[0],
	form: ResourceForm,
	step: (list: CrisisResource[]) => Result<CrisisResource[]>,
	extra: { id?: string; values?: Record<string, string> },
	done: string
) {
	const group = await requireGroup(event);
	const { crisisResources } = await startApp();
	const changed = await changeGroupResources(
		await db(),
		group.coachId,
		group.id,
		crisisResources,
		step
	);
	if (!changed.ok) return resourceFailure(form, changed, extra);
	return resourcesAnswer({ form, id: extra.id, done });
}

const idOf = (form: FormData) => String(form.get('id') ?? '').slice(0, RESOURCE_LIMITS.id);
const confirmedNow = (form: FormData) => form.get('confirm') === 'yes';

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
	filterWords: async (event) => {
		const group = await requireGroup(event);
		const raw = (await event.request.formData()).get('filterWords');
		const saved = await setGroupFilterWords(await db(), group.coachId, group.id, raw ?? '');
		if (!saved.ok) {
			return fail(httpStatusOf(saved.error), {
				action: 'filterWords',
				fields: saved.fields ?? { filterWords: describeError(saved.error) },
				typed: { filterWords: typeof raw === 'string' ? raw.slice(0, FILTER_WORDS_INPUT_MAX) : '' }
			});
		}
		return {
			action: 'filterWords',
			done: saved.data.words.length
				? `Saved. ${saved.data.words.length} of your own ${saved.data.words.length === 1 ? 'word is' : 'words are'} masked for the room.`
				: 'Saved. Only the usual list is masked for the room.'
		};
	},
	addPreset: async (event) => {
		const preset = (await event.request.formData()).get('preset');
		return changeResources(
			event,
			'preset',
			(list) => addPreset(list, preset),
			{},
			'Added, not yet confirmed. Check its details against the service’s own website, then confirm it so phones show it.'
		);
	},
	addResource: async (event) => {
		const form = await event.request.formData();
		const values = resourceValues(form);
		const parsed = parseWith(crisisResourceFieldsSchema, values);
		if (!parsed.ok) {
			return fail(400, resourcesAnswer({ form: 'add', values, fields: parsed.fields }));
		}
		const confirmed = confirmedNow(form);
		return changeResources(
			event,
			'add',
			(list) => addOwnResource(list, parsed.data, confirmed),
			{ values },
			confirmed
				? 'Added and confirmed: phones in this group’s sessions now show it.'
				: 'Added, not yet confirmed: phones will show it once you confirm it.'
		);
	},
	editResource: async (event) => {
		const form = await event.request.formData();
		const id = idOf(form);
		const values = resourceValues(form);
		const parsed = parseWith(crisisResourceFieldsSchema, values);
		if (!parsed.ok) {
			return fail(400, resourcesAnswer({ form: 'edit', id, values, fields: parsed.fields }));
		}
		const confirmed = confirmedNow(form);
		return changeResources(
			event,
			'edit',
			(list) => updateResource(list, id, parsed.data, confirmed),
			{ id, values },
			'Saved.'
		);
	},
	confirmResource: async (event) => {
		const id = idOf(await event.request.formData());
		return changeResources(
			event,
			'confirm',
			(list) => confirmResource(list, id),
			{ id },
			'Confirmed today: phones in this group’s sessions show it.'
		);
	},
	removeResource: async (event) => {
		const id = idOf(await event.request.formData());
		return changeResources(event, 'remove', (list) => removeResource(list, id), { id }, 'Removed.');
	},
	resetResources: async (event) => {
		const group = await requireGroup(event);
		const reset = await saveGroupResources(await db(), group.coachId, group.id, null);
		if (!reset.ok) return resourceFailure('reset', reset);
		return resourcesAnswer({ form: 'reset', done: 'This group now uses this Huddle’s list.' });
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
