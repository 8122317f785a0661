import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/app';
import { joinCodeRetryMessage, recordWrongJoinCode } from '$lib/server/join-limits';
import { normalizeJoinCode } from '$lib/server/live/join-code';
import { findLiveSessionByCode, joinLiveSession } from '$lib/server/live-sessions';
import * as table from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';

const notFound =
	'This code does not match a live session. The session may have ended, or the code may be mistyped.';

async function lookUp(codeParam: string, address: string) {
	const limited = joinCodeRetryMessage(address);
	if (limited) return { ok: false as const, message: limited };
	const code = normalizeJoinCode(codeParam);
	const found = code ? await findLiveSessionByCode(await db(), code) : null;
	if (!found || !code) {
		recordWrongJoinCode(address);
		return { ok: false as const, message: notFound };
	}
	return { ok: true as const, code, liveSession: found };
}

export const load: PageServerLoad = async (event) => {
	const result = await lookUp(event.params.code, event.getClientAddress());
	if (!result.ok) return { found: false as const, message: result.message };
	const [row] = await (
		await db()
	)
		.select({ k: table.liveSession.k })
		.from(table.liveSession)
		.where(eq(table.liveSession.id, result.liveSession.id));
	return {
		found: true as const,
		code: result.code,
		liveSessionId: result.liveSession.id,
		title: result.liveSession.title,
		k: row?.k ?? 5
	};
};

export const actions: Actions = {
	enter: async (event) => {
		const result = await lookUp(event.params.code, event.getClientAddress());
		if (!result.ok) return fail(400, { message: result.message });
		const joined = await joinLiveSession(await db(), result.liveSession.id);
		if (!joined) return fail(409, { message: notFound });
		return { token: joined.token, liveSessionId: result.liveSession.id };
	}
};
