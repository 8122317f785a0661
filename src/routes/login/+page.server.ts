import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { safeRedirectTarget } from '$lib/server/auth/guard';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { authenticateCoach } from '$lib/server/coaches';
import { loginSchema } from '$lib/schemas/auth';
import { formValues, parseWith } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.coach) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = { email: String(form.get('email') ?? '').slice(0, 254) };
		const parsed = parseWith(loginSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, fields: parsed.fields });
		const database = await db();
		const result = await authenticateCoach(
			database,
			parsed.data.email,
			parsed.data.password,
			event.getClientAddress()
		);
		if (!result.ok) {
			return result.reason === 'rate_limited'
				? fail(429, { values, message: result.message })
				: fail(400, {
						values,
						message:
							'That email and password do not match an account. Please check both and try again.'
					});
		}
		// A fresh token on every login: an old cookie is never promoted.
		const { token, expiresAt } = await createSession(database, result.coach.id);
		setSessionCookie(event.cookies, token, expiresAt, event.url.protocol === 'https:');
		redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')));
	}
};
