import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { createOwnPrompt } from '$lib/server/prompts';
import { readPromptEditor } from '../editor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoach(event);
	return {};
};

export const actions: Actions = {
	create: async (event) => {
		const { coach } = requireCoach(event);
		const read = readPromptEditor(await event.request.formData());
		if (!read.ok) return fail(400, { fields: read.fields, values: read.values });
		const { definition, note, theme, participantNote, guide } = read;
		const id = await createOwnPrompt(await db(), coach.id, definition, {
			note,
			theme,
			participantNote,
			guide
		});
		redirect(303, `/prompts/${id}?created=1`);
	}
};
