import { fail, redirect } from '@sveltejs/kit';
import { shownResources } from '$lib/safety/resources';
import { liveDomain, startApp } from '$lib/server/app';
import { joinCodeRetryMessage, recordWrongJoinCode } from '$lib/server/join-limits';
import { normalizeJoinCode } from '$lib/server/live/join-code';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const code = normalizeJoinCode(url.searchParams.get('code'));
	if (code) redirect(303, `/join/${code}`);
	// No group yet: the deployment's confirmed resources.
	return { resources: shownResources((await startApp()).crisisResources) };
};

export const actions: Actions = {
	default: async (event) => {
		const raw = (await event.request.formData()).get('code');
		const typed = typeof raw === 'string' ? raw.slice(0, 64) : '';
		const address = event.getClientAddress();
		const limited = joinCodeRetryMessage(address);
		if (limited) return fail(429, { code: typed, message: limited });
		if (!typed.trim())
			return fail(400, { code: typed, message: 'Enter the code your coach shows.' });
		const code = normalizeJoinCode(typed);
		const found = code ? await (await liveDomain()).findByCode(code) : null;
		if (!found) {
			recordWrongJoinCode(address);
			return fail(400, {
				code: typed,
				message: 'That code does not match a live session. Check it with your coach.'
			});
		}
		redirect(303, `/join/${code}`);
	}
};
