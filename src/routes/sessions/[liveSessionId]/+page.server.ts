import { error, fail, redirect } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import { promptDefinitionFromForm } from '$lib/prompts/kinds';
import { db, startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { formatJoinCode } from '$lib/server/live/join-code';
import {
	addExistingPromptToSession,
	addSessionPrompt,
	moveSessionPrompt,
	deleteLiveSession,
	endLiveSession,
	getOwnedLiveSession,
	listRoundsWithReleases,
	removeSessionPrompt,
	startLiveSession,
	updateDraftLiveSession
} from '$lib/server/live-sessions';
import { searchPrompts } from '$lib/server/prompts';
import { joinQrSvg } from '$lib/server/qr';
import { formValues, parseWith } from '$lib/schemas/form';
import { kChoices, liveSessionSchema } from '$lib/schemas/live-sessions';
import type { Actions, PageServerLoad } from './$types';

async function requireLiveSession(event: {
	locals: App.Locals;
	url: URL;
	params: { liveSessionId: string };
}) {
	const { coach } = requireCoach(event);
	const owned = await getOwnedLiveSession(await db(), coach.id, event.params.liveSessionId);
	if (!owned) error(404, 'There is no such live session among yours.');
	return { coach, ...owned };
}

export const load: PageServerLoad = async (event) => {
	const { liveSession, group } = await requireLiveSession(event);
	const app = await startApp();
	const database = app.database.db;
	const prompts = await database
		.select({
			id: table.sessionPrompt.id,
			definition: table.sessionPrompt.definition,
			note: table.sessionPrompt.note
		})
		.from(table.sessionPrompt)
		.where(eq(table.sessionPrompt.liveSessionId, liveSession.id))
		.orderBy(asc(table.sessionPrompt.position));
	const joinUrl = liveSession.joinCode ? `${app.config.origin}/join/${liveSession.joinCode}` : null;
	return {
		group: { id: group.id, name: group.name },
		liveSession: {
			id: liveSession.id,
			title: liveSession.title,
			status: liveSession.status,
			k: liveSession.k,
			joinedCount: liveSession.joinedCount,
			endedBy: liveSession.endedBy
		},
		prompts,
		join: joinUrl
			? {
					code: liveSession.joinCode!,
					spokenCode: formatJoinCode(liveSession.joinCode!),
					url: joinUrl,
					qrSvg: await joinQrSvg(joinUrl)
				}
			: null,
		rounds:
			liveSession.status === 'ended' ? await listRoundsWithReleases(database, liveSession.id) : [],
		library:
			liveSession.status === 'draft' && event.url.searchParams.has('q')
				? (
						await searchPrompts(database, event.locals.coach!.id, {
							q: event.url.searchParams.get('q') ?? '',
							limit: 20
						})
					).map(({ id, definition, source }) => ({ id, definition, source }))
				: null,
		libraryQuery: event.url.searchParams.get('q') ?? '',
		kChoices: kChoices(app.config.minK)
	};
};

export const actions: Actions = {
	addPrompt: async (event) => {
		const { coach, liveSession } = await requireLiveSession(event);
		if (liveSession.status === 'ended')
			return fail(409, { action: 'addPrompt', message: endedMessage });
		const parsed = promptDefinitionFromForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'addPrompt', fields: parsed.fields });
		await addSessionPrompt(await db(), coach.id, liveSession.id, parsed.value);
		const realtime = (await startApp()).realtime;
		if (liveSession.status === 'live')
			await realtime?.broadcastState(liveSession.id, { participants: false });
		return { action: 'addPrompt', done: 'Prompt added.' };
	},
	addExisting: async (event) => {
		const { coach, liveSession } = await requireLiveSession(event);
		if (liveSession.status === 'ended')
			return fail(409, { action: 'addExisting', message: endedMessage });
		const id = (await event.request.formData()).get('promptId');
		const added =
			typeof id === 'string'
				? await addExistingPromptToSession(await db(), coach.id, liveSession.id, id)
				: null;
		if (!added)
			return fail(400, { action: 'addExisting', message: 'That prompt is not available to add.' });
		return { action: 'addExisting', done: 'Prompt added.' };
	},
	move: async (event) => {
		const { liveSession } = await requireLiveSession(event);
		const form = await event.request.formData();
		const id = form.get('sessionPromptId');
		const direction = form.get('direction');
		if (
			!isUuid(id) ||
			(direction !== 'up' && direction !== 'down') ||
			!(await moveSessionPrompt(await db(), liveSession.id, id, direction))
		) {
			return fail(400, { action: 'move', message: 'That prompt cannot move further.' });
		}
		return { action: 'move', moved: id };
	},
	removePrompt: async (event) => {
		const { liveSession } = await requireLiveSession(event);
		const id = (await event.request.formData()).get('sessionPromptId');
		if (!isUuid(id) || !(await removeSessionPrompt(await db(), liveSession.id, id))) {
			return fail(400, {
				action: 'removePrompt',
				message:
					'That prompt cannot be removed: it was already asked, or it is not in this session.'
			});
		}
		return { action: 'removePrompt', done: 'Prompt removed.' };
	},
	update: async (event) => {
		const { liveSession } = await requireLiveSession(event);
		const { minK } = (await startApp()).config;
		const parsed = parseWith(liveSessionSchema(minK), formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { action: 'update', fields: parsed.fields });
		if (!(await updateDraftLiveSession(await db(), liveSession.id, parsed.data))) {
			return fail(409, {
				action: 'update',
				message: 'Title and k can only change before the session goes live.'
			});
		}
		return { action: 'update', done: 'Saved.' };
	},
	start: async (event) => {
		const { liveSession } = await requireLiveSession(event);
		const app = await startApp();
		if (!(await startLiveSession(app.database.db, app.appKey, liveSession.id))) {
			return fail(409, { action: 'start', message: 'This session is already live or has ended.' });
		}
		redirect(303, `/sessions/${liveSession.id}`);
	},
	end: async (event) => {
		const { liveSession } = await requireLiveSession(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, { action: 'end', message: 'Confirm that you want to end the session.' });
		}
		const app = await startApp();
		const ended = app.realtime
			? await app.realtime.endSession(liveSession.id, 'coach')
			: await endLiveSession(app.database.db, liveSession.id, 'coach');
		if (!ended) return fail(409, { action: 'end', message: 'This session is not live.' });
		redirect(303, `/sessions/${liveSession.id}`);
	},
	delete: async (event) => {
		const { liveSession, group } = await requireLiveSession(event);
		if (liveSession.status === 'live') {
			return fail(409, { action: 'delete', message: 'End the session before deleting it.' });
		}
		await deleteLiveSession(await db(), liveSession.id);
		redirect(303, `/groups/${group.id}`);
	}
};

const endedMessage = 'This session has ended; its prompts can no longer change.';
