import { redirect, type RequestEvent } from '@sveltejs/kit';

/** The signed-in coach, or a redirect to /login that comes back here afterwards. */
export function requireCoach(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const { coach, session } = event.locals;
	if (!coach || !session) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return { coach, session };
}

/** Only same-site paths, so a crafted link cannot send a coach to another site after login. */
export function safeRedirectTarget(raw: string | null, fallback = '/dashboard'): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
		return fallback;
	return raw;
}
