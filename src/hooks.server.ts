import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { db, startApp } from '$lib/server/app';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { logError } from '$lib/server/log';

export const init: ServerInit = async () => {
	await startApp();
};

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	const secure = event.url.protocol === 'https:';
	if (!token) {
		event.locals.session = null;
		event.locals.coach = null;
	} else {
		const { session, coach } = await validateSessionToken(await db(), token);
		if (session) setSessionCookie(event.cookies, token, session.expiresAt, secure);
		else deleteSessionCookie(event.cookies, secure);
		event.locals.session = session;
		event.locals.coach = coach;
	}
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// Not 'no-referrer': with it, browsers send `Origin: null` on plain form POSTs, which
	// SvelteKit's CSRF check refuses (log-out button, every form without JavaScript).
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) logError('request_failed', error);
	return {
		message:
			status === 404
				? 'There is nothing at this address.'
				: 'Something went wrong on our side. Please try again in a moment.'
	};
};
