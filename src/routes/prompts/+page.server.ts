import { fail, redirect } from '@sveltejs/kit';
import { parsePromptFilters, promptFilterQuery } from '$lib/prompts/filters';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import {
	copyPrompt,
	getVisiblePrompt,
	searchPrompts,
	setOwnPromptArchived
} from '$lib/server/prompts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { coach } = requireCoach(event);
	const filters = parsePromptFilters(event.url.searchParams);
	const prompts = await searchPrompts(await db(), coach.id, {
		q: filters.q,
		theme: filters.theme || undefined,
		kind: filters.kind || undefined,
		scope: filters.scope,
		includeArchived: filters.archived
	});
	return { filters, query: promptFilterQuery(filters), prompts };
};

async function setArchived(event: RequestEvent, archived: boolean) {
	const { coach } = requireCoach(event);
	const promptId = (await event.request.formData()).get('promptId');
	const database = await db();
	const found =
		typeof promptId === 'string' ? await getVisiblePrompt(database, coach.id, promptId) : null;
	if (!found || found.source !== 'mine') {
		return fail(400, { action: 'archive', message: 'That prompt is not one of yours.' });
	}
	await setOwnPromptArchived(database, coach.id, found.id, archived);
	const text = found.definition.text;
	return {
		action: 'archive',
		done: archived
			? `“${text}” is archived. Plans that use it keep it; tick “Include my archived prompts” to find it again.`
			: `“${text}” is back among your prompts.`
	};
}

export const actions: Actions = {
	/** Copies a library prompt, or duplicates one of the coach's own, and opens the copy. */
	copy: async (event) => {
		const { coach } = requireCoach(event);
		const promptId = (await event.request.formData()).get('promptId');
		const copyId =
			typeof promptId === 'string' ? await copyPrompt(await db(), coach.id, promptId) : null;
		if (!copyId) return fail(400, { action: 'copy', message: 'That prompt is not available.' });
		redirect(303, `/prompts/${copyId}?copied=1`);
	},
	archive: (event) => setArchived(event, true),
	restore: (event) => setArchived(event, false)
};
