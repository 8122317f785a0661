import { error, fail, redirect } from '@sveltejs/kit';
import { describeError, httpStatusOf } from '$lib/result';
import { startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { getSessionSummary, NOTES_MAX, setSessionNotes } from '$lib/server/summaries';
import type { Actions, PageServerLoad } from './$types';

/** What the notes form is told (one shape, so the page reads it without casts). */
type NotesFeedback = { message?: string; done?: string; value: string };
const notesSaid = (feedback: NotesFeedback) => ({ notes: feedback });

export const load: PageServerLoad = async (event) => {
	const { coach } = requireCoach(event);
	const { database, live, config } = await startApp();
	const summary = await getSessionSummary(database.db, coach.id, event.params.liveSessionId, {
		defaultDays: config.textRetentionDays
	});
	if (!summary) {
		const owned = await live.getOwned(coach.id, event.params.liveSessionId);
		if (!owned) error(404, 'There is no such live session among yours.');
		// Not ended yet: its page is the console or the draft.
		redirect(303, `/sessions/${owned.liveSession.id}`);
	}
	return { summary, notesMax: NOTES_MAX };
};

export const actions: Actions = {
	notes: async (event) => {
		const { coach } = requireCoach(event);
		const notes = (await event.request.formData()).get('notes');
		if (typeof notes !== 'string') {
			return fail(400, notesSaid({ message: 'Write the notes as text.', value: '' }));
		}
		const { database } = await startApp();
		const result = await setSessionNotes(
			database.db,
			coach.id,
			event.params.liveSessionId,
			notes.replaceAll('\u0000', '')
		);
		if (!result.ok) {
			return fail(
				httpStatusOf(result.error),
				notesSaid({
					message: result.fields?.notes ?? describeError(result.error),
					value: notes.slice(0, NOTES_MAX + 100)
				})
			);
		}
		return notesSaid({ done: 'Notes saved.', value: notes });
	}
};
