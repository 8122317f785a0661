import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseWith } from '$lib/schemas/form';
import { liveDomain } from '$lib/server/app';
import type { RequestHandler } from './$types';

// A phone asks whether the server still knows its stored token, so that a tab closed before
// the end does not keep the token (and the session) on the phone. The answer is a yes or no
// and nothing else; the token is only hashed and looked up, never stored or logged.

const checkSchema = v.object({ token: v.pipe(v.string(), v.maxLength(200)) });

export const POST: RequestHandler = async ({ request }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		error(400, 'Send the device token as JSON: {"token": "..."}.');
	}
	const parsed = parseWith(checkSchema, body);
	if (!parsed.ok) error(400, 'Send the device token as JSON: {"token": "..."}.');
	const found = await (await liveDomain()).findParticipant(parsed.data.token);
	return json({ known: Boolean(found) }, { headers: { 'cache-control': 'no-store' } });
};
