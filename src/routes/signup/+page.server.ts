import { fail, redirect } from '@sveltejs/kit';
import { db, startApp } from '$lib/server/app';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { registerCoach } from '$lib/server/coaches';
import { signupSchema } from '$lib/schemas/auth';
import { formValues, parseWith } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.coach) redirect(303, '/dashboard');
	return { signupOpen: (await startApp()).config.signupOpen };
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		if (!(await startApp()).config.signupOpen) {
			return fail(403, {
				message: 'Sign-up is closed on this Huddle. Ask the person who runs it for an account.'
			});
		}
		const form = await request.formData();
		const values = {
			email: String(form.get('email') ?? '').slice(0, 254),
			displayName: String(form.get('displayName') ?? '').slice(0, 80)
		};
		const parsed = parseWith(signupSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, fields: parsed.fields });
		const database = await db();
		const result = await registerCoach(database, parsed.data);
		if (!result.ok) return fail(400, { values, fields: result.fields });
		const { token, expiresAt } = await createSession(database, result.coach.id);
		setSessionCookie(cookies, token, expiresAt, url.protocol === 'https:');
		redirect(303, '/dashboard');
	}
};
