import { error, fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import {
	copyPrompt,
	getVisiblePrompt,
	MEASURE_KINDS,
	setOwnPromptArchived,
	setOwnPromptMeasure,
	updateOwnPrompt
} from '$lib/server/prompts';
import { readPromptEditor } from '../editor';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function requirePrompt(event: RequestEvent) {
	const { coach } = requireCoach(event);
	const database = await db();
	const prompt = await getVisiblePrompt(database, coach.id, event.params.promptId);
	// Another coach's prompt and a missing one look the same.
	if (!prompt) error(404, 'There is no such prompt in the library or among yours.');
	return { coach, database, prompt };
}

const libraryIsReadOnly = (action: string) =>
	fail(403, {
		action,
		message: 'Library prompts cannot be changed. Copy it to your prompts to reword it.'
	});

export const load: PageServerLoad = async (event) => {
	const { prompt } = await requirePrompt(event);
	return {
		prompt,
		canBeMeasure: (MEASURE_KINDS as readonly string[]).includes(prompt.kind),
		copied: event.url.searchParams.has('copied'),
		created: event.url.searchParams.has('created'),
		newVersion: event.url.searchParams.has('version')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { coach, database, prompt } = await requirePrompt(event);
		if (prompt.source !== 'mine') return libraryIsReadOnly('save');
		const read = readPromptEditor(await event.request.formData());
		if (!read.ok) return fail(400, { action: 'save', fields: read.fields, values: read.values });
		const { definition, note, theme, participantNote, guide } = read;
		const saved = await updateOwnPrompt(database, coach.id, prompt.id, definition, {
			note,
			theme,
			participantNote,
			guide
		});
		if (!saved) error(404, 'There is no such prompt in the library or among yours.');
		// A measure reworded is its next version: the page of the new prompt says so.
		if (saved.newVersion) redirect(303, `/prompts/${saved.id}?version=1`);
		return { action: 'save', done: 'Saved.' };
	},
	measure: async (event) => {
		const { coach, database, prompt } = await requirePrompt(event);
		if (prompt.source !== 'mine') return libraryIsReadOnly('measure');
		const on = (await event.request.formData()).get('measure') === 'on';
		const result = await setOwnPromptMeasure(database, coach.id, prompt.id, on);
		if (!result.ok) {
			return fail(400, {
				action: 'measure',
				message: result.fields?.measure ?? 'That prompt cannot change now.'
			});
		}
		return {
			action: 'measure',
			done: on
				? 'It is a measure now: its wording and scale stay as they are, so trends can follow it. Rewording it makes a new version.'
				: 'It is no longer a measure.'
		};
	},
	archive: async (event) => {
		const { coach, database, prompt } = await requirePrompt(event);
		if (prompt.source !== 'mine') return libraryIsReadOnly('archive');
		await setOwnPromptArchived(database, coach.id, prompt.id, true);
		return { action: 'archive', done: 'Archived. Plans that use this prompt keep it.' };
	},
	restore: async (event) => {
		const { coach, database, prompt } = await requirePrompt(event);
		if (prompt.source !== 'mine') return libraryIsReadOnly('restore');
		await setOwnPromptArchived(database, coach.id, prompt.id, false);
		return { action: 'archive', done: 'Restored: it is back among your prompts.' };
	},
	copy: async (event) => {
		const { coach, database, prompt } = await requirePrompt(event);
		const copyId = await copyPrompt(database, coach.id, prompt.id);
		if (!copyId) error(404, 'There is no such prompt in the library or among yours.');
		redirect(303, `/prompts/${copyId}?copied=1`);
	}
};
