import { error, fail, redirect } from '@sveltejs/kit';
import { promptDefinitionFromForm } from '$lib/prompts/kinds';
import { describeError, httpStatusOf, type Failure, type FieldErrors } from '$lib/result';
import { formValues, parseWith } from '$lib/schemas/form';
import { kChoices, liveSessionSchema } from '$lib/schemas/live-sessions';
import { startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { formatJoinCode } from '$lib/server/live/join-code';
import { searchPrompts } from '$lib/server/prompts';
import { joinQrSvg } from '$lib/server/qr';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Thin: every change is one call of the live-session domain, which checks ownership and the
// session's status and tells any open console; a refusal becomes this form's message.

async function requireLiveSession(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const { coach } = requireCoach(event);
	const app = await startApp();
	const owned = await app.live.getOwned(coach.id, event.params.liveSessionId);
	if (!owned) error(404, 'There is no such live session among yours.');
	return {
		app,
		live: app.live,
		actor: { coachId: coach.id, liveSessionId: owned.liveSession.id },
		...owned
	};
}

/** What one form of the page is told; each form reads only its own (`form?.update?.fields`). */
type Feedback = { message?: string; fields?: FieldErrors; done?: string; moved?: string };
const said = <F extends string>(form: F, feedback: Feedback) =>
	({ [form]: feedback }) as Record<F, Feedback>;

/** A refused change, as the named form's message. */
function refused<F extends string>(
	form: F,
	result: Failure,
	messages: Partial<Record<string, string>> = {}
) {
	return fail(
		httpStatusOf(result.error),
		said(form, { message: messages[result.error] ?? describeError(result.error) })
	);
}

export const load: PageServerLoad = async (event) => {
	const { app, live, liveSession, group, actor } = await requireLiveSession(event);
	const joinUrl = liveSession.joinCode ? `${app.config.origin}/join/${liveSession.joinCode}` : null;
	const q = event.url.searchParams.get('q');
	const prompts = liveSession.status === 'draft' ? await live.sessionPrompts(liveSession.id) : [];
	// A prompt already in the draft is marked, not offered again: by its id, or by its words
	// (a typed prompt with the same words asks the same question).
	const inSession = (r: { id: string; definition: { text: string } }) =>
		prompts.some((p) => p.promptId === r.id || p.definition.text === r.definition.text);
	return {
		group: { id: group.id, name: group.name },
		liveSession: {
			id: liveSession.id,
			title: liveSession.title,
			status: liveSession.status,
			k: liveSession.k,
			joinedCount: liveSession.joinedCount,
			endedBy: liveSession.endedBy,
			startedAt: liveSession.startedAt?.toISOString() ?? null,
			endedAt: liveSession.endedAt?.toISOString() ?? null
		},
		prompts: prompts.map(({ id, definition, note }) => ({ id, definition, note })),
		join: joinUrl
			? {
					code: liveSession.joinCode!,
					spokenCode: formatJoinCode(liveSession.joinCode!),
					url: joinUrl,
					qrSvg: await joinQrSvg(joinUrl)
				}
			: null,
		rounds: liveSession.status === 'ended' ? await live.record(liveSession.id) : [],
		library:
			liveSession.status === 'draft' && q !== null
				? (await searchPrompts(app.database.db, actor.coachId, { q, limit: 20 })).map(
						({ id, definition, source }) => ({
							id,
							definition,
							source,
							inSession: inSession({ id, definition })
						})
					)
				: null,
		libraryQuery: q ?? '',
		kChoices: kChoices(app.config.minK)
	};
};

export const actions: Actions = {
	addPrompt: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const parsed = promptDefinitionFromForm(await event.request.formData());
		if (!parsed.ok) return fail(400, said('addPrompt', { fields: parsed.fields }));
		const result = await live.addPrompt(actor, { definition: parsed.value });
		if (!result.ok) return refused('addPrompt', result);
		return said('addPrompt', { done: 'Prompt added.' });
	},
	addExisting: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const promptId = (await event.request.formData()).get('promptId');
		const result =
			typeof promptId === 'string'
				? await live.addPrompt(actor, { promptId })
				: ({ ok: false, error: 'not_found' } as const);
		if (!result.ok)
			return refused('addExisting', result, { not_found: 'That prompt is not available to add.' });
		return said('addExisting', { done: 'Prompt added.' });
	},
	move: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const form = await event.request.formData();
		const id = form.get('sessionPromptId');
		const direction = form.get('direction');
		if (typeof id !== 'string' || (direction !== 'up' && direction !== 'down')) {
			return fail(400, said('move', { message: describeError('invalid_payload') }));
		}
		const result = await live.movePrompt(actor, id, direction);
		if (!result.ok) return refused('move', result);
		return said('move', { moved: id });
	},
	removePrompt: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const id = (await event.request.formData()).get('sessionPromptId');
		const result =
			typeof id === 'string'
				? await live.removePrompt(actor, id)
				: ({ ok: false, error: 'not_found' } as const);
		if (!result.ok) {
			return refused('removePrompt', result, {
				not_found: 'That prompt is not in this session.',
				already_asked: 'That prompt was already asked, so it stays in the session’s record.'
			});
		}
		return said('removePrompt', { done: 'Prompt removed.' });
	},
	update: async (event) => {
		const { app, live, actor } = await requireLiveSession(event);
		const parsed = parseWith(
			liveSessionSchema(app.config.minK),
			formValues(await event.request.formData())
		);
		if (!parsed.ok) return fail(400, said('update', { fields: parsed.fields }));
		const result = await live.updateDraft(actor, parsed.data);
		if (!result.ok) {
			if (result.fields) return fail(400, said('update', { fields: result.fields }));
			return refused('update', result, {
				not_draft: 'Title and k can only change before the session goes live.'
			});
		}
		return said('update', { done: 'Saved.' });
	},
	start: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const result = await live.start(actor);
		if (!result.ok) {
			return refused('start', result, {
				not_draft: 'This session is already live.',
				ended: 'This session has ended.'
			});
		}
		redirect(303, `/sessions/${actor.liveSessionId}`);
	},
	end: async (event) => {
		const { live, actor } = await requireLiveSession(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, said('end', { message: 'Confirm that you want to end the session.' }));
		}
		const result = await live.end(actor);
		if (!result.ok) return refused('end', result);
		redirect(303, `/sessions/${actor.liveSessionId}`);
	},
	delete: async (event) => {
		const { live, actor, group } = await requireLiveSession(event);
		const result = await live.delete(actor);
		if (!result.ok) {
			return refused('delete', result, { still_live: 'End the session before deleting it.' });
		}
		redirect(303, `/groups/${group.id}`);
	}
};
