import { fail } from '@sveltejs/kit';
import { describeError } from '$lib/result';
import { shownResources } from '$lib/safety/resources';
import { db, liveDomain, startApp } from '$lib/server/app';
import { joinCodeRetryMessage, recordWrongJoinCode } from '$lib/server/join-limits';
import { normalizeJoinCode } from '$lib/server/live/join-code';
import { listShownResourcesForLiveSession } from '$lib/server/safety/resources';
import type { Actions, PageServerLoad } from './$types';

const notFound =
	'This code does not match a live session. The session may have ended, or the code may be mistyped.';

async function lookUp(codeParam: string, address: string) {
	const limited = joinCodeRetryMessage(address);
	if (limited) return { ok: false as const, message: limited };
	const code = normalizeJoinCode(codeParam);
	const found = code ? await (await liveDomain()).findByCode(code) : null;
	if (!found || !code) {
		recordWrongJoinCode(address);
		return { ok: false as const, message: notFound };
	}
	return { ok: true as const, code, liveSession: found };
}

export const load: PageServerLoad = async (event) => {
	const result = await lookUp(event.params.code, event.getClientAddress());
	const deploymentList = (await startApp()).crisisResources;
	if (!result.ok) {
		return {
			found: false as const,
			message: result.message,
			resources: shownResources(deploymentList)
		};
	}
	return {
		found: true as const,
		// Confirmed ones only, filtered here: an unchecked number never reaches a phone.
		resources: await listShownResourcesForLiveSession(
			await db(),
			result.liveSession.id,
			deploymentList
		),
		code: result.code,
		liveSessionId: result.liveSession.id,
		title: result.liveSession.title,
		k: result.liveSession.k,
		phones: result.liveSession.phones,
		locked: result.liveSession.locked
	};
};

export const actions: Actions = {
	enter: async (event) => {
		const result = await lookUp(event.params.code, event.getClientAddress());
		if (!result.ok) return fail(400, { message: result.message });
		const joined = await (await liveDomain()).join(result.liveSession.id);
		if (!joined.ok) {
			return fail(409, { message: joined.error === 'locked' ? describeError('locked') : notFound });
		}
		return { token: joined.data.token, liveSessionId: result.liveSession.id };
	}
};
