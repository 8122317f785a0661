import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { createGroup, listGroups } from '$lib/server/groups';
import { formValues, parseWith } from '$lib/schemas/form';
import { groupSchema } from '$lib/schemas/live-sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { coach } = requireCoach(event);
	return { displayName: coach.displayName, groups: await listGroups(await db(), coach.id) };
};

export const actions: Actions = {
	createGroup: async (event) => {
		const { coach } = requireCoach(event);
		const form = await event.request.formData();
		const values = {
			name: String(form.get('name') ?? '').slice(0, 100),
			description: String(form.get('description') ?? '').slice(0, 500)
		};
		const parsed = parseWith(groupSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, fields: parsed.fields });
		const group = await createGroup(await db(), coach.id, parsed.data);
		redirect(303, `/groups/${group.id}`);
	}
};
