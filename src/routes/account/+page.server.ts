import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { deleteSessionCookie, invalidateCoachSessions } from '$lib/server/auth/session';
import {
	changeCoachEmail,
	confirmCoachPassword,
	deleteCoach,
	setCoachPassword
} from '$lib/server/coaches';
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema } from '$lib/schemas/auth';
import { formValues, parseWith } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { coach } = requireCoach(event);
	return { email: coach.email };
};

const wrongPassword = { password: 'That is not your current password.' };

export const actions: Actions = {
	password: async (event) => {
		const { coach, session } = requireCoach(event);
		const parsed = parseWith(changePasswordSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { action: 'password', fields: parsed.fields });
		const database = await db();
		if (!(await confirmCoachPassword(database, coach.id, parsed.data.currentPassword))) {
			return fail(400, {
				action: 'password',
				fields: { currentPassword: wrongPassword.password }
			});
		}
		const result = await setCoachPassword(database, coach.id, parsed.data.newPassword);
		if (!result.ok) {
			return fail(400, { action: 'password', fields: { newPassword: result.message } });
		}
		// Anyone holding another login session of this account is signed out.
		await invalidateCoachSessions(database, coach.id, session.id);
		return { action: 'password', done: 'Your password is changed. Other devices are logged out.' };
	},
	email: async (event) => {
		const { coach } = requireCoach(event);
		const form = await event.request.formData();
		const parsed = parseWith(changeEmailSchema, formValues(form));
		const values = { email: String(form.get('email') ?? '').slice(0, 254) };
		if (!parsed.ok) return fail(400, { action: 'email', values, fields: parsed.fields });
		const database = await db();
		if (!(await confirmCoachPassword(database, coach.id, parsed.data.password))) {
			return fail(400, { action: 'email', values, fields: wrongPassword });
		}
		const result = await changeCoachEmail(database, coach.id, parsed.data.email);
		if (!result.ok) return fail(400, { action: 'email', values, fields: result.fields });
		return { action: 'email', done: 'Your email address is changed.' };
	},
	delete: async (event) => {
		const { coach } = requireCoach(event);
		const parsed = parseWith(deleteAccountSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { action: 'delete', fields: parsed.fields });
		const database = await db();
		if (!(await confirmCoachPassword(database, coach.id, parsed.data.password))) {
			return fail(400, { action: 'delete', fields: wrongPassword });
		}
		await deleteCoach(database, coach.id);
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/?deleted=1');
	}
};
