// The one result shape of Huddle: every domain command returns it, every socket command
// acknowledges with it, and form actions turn it into `fail(...)`. Browser-safe.

export const ERROR_CODES = [
	'invalid_payload',
	'unauthorized',
	'forbidden',
	'not_found',
	/** The live session is a draft: this needs it live. */
	'not_live',
	/** The live session has gone live: this was only possible as a draft. */
	'not_draft',
	/** The live session is live: end it first. */
	'still_live',
	/** The live session has ended: nothing about it can change any more. */
	'ended',
	'prompt_closed',
	'not_released',
	/** A prompt that was already asked stays in the session's record. */
	'already_asked',
	/** A prompt whose round was released is not asked again in that live session. */
	'already_released',
	/** The prompt is already first or last. */
	'cannot_move',
	/** The coach locked the room: no new phones may join. */
	'locked',
	'rate_limited',
	'server_error'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string>;
export type Failure = { ok: false; error: ErrorCode; fields?: FieldErrors };
export type Result<T = null> = { ok: true; data: T } | Failure;

export function ok(): { ok: true; data: null };
export function ok<T>(data: T): { ok: true; data: T };
export function ok<T>(data: T | null = null) {
	return { ok: true as const, data };
}

export function failure(error: ErrorCode, fields?: FieldErrors): Failure {
	return fields ? { ok: false, error, fields } : { ok: false, error };
}

/** Words for the error codes a person may meet (the coach's console, a phone, a form). */
export function describeError(error: ErrorCode | 'timeout'): string {
	switch (error) {
		case 'timeout':
			return 'The server did not answer in time. Check the connection and try again.';
		case 'prompt_closed':
			return 'Answering had already closed.';
		case 'not_live':
			return 'This session is not live.';
		case 'not_draft':
			return 'That can only change before the session goes live.';
		case 'still_live':
			return 'This session is live. End it first.';
		case 'ended':
			return 'This session has ended, so nothing in it can change.';
		case 'not_released':
			return 'Fewer answers than needed, so there is nothing to reveal.';
		case 'already_asked':
			return 'That prompt was already asked, so it stays in the session’s record.';
		case 'already_released':
			return 'This prompt already has results in this session. Asking it again would let the two results be compared, which could give one person away.';
		case 'cannot_move':
			return 'That prompt cannot move further.';
		case 'locked':
			return 'This session is not taking new phones just now. If you are in the room, let your coach know.';
		case 'rate_limited':
			return 'That was a lot at once. Please wait a moment and try again.';
		case 'forbidden':
		case 'unauthorized':
			return 'You are not allowed to do that here.';
		case 'not_found':
			return 'That is no longer part of this session.';
		case 'invalid_payload':
			return 'Something in that was not right.';
		default:
			return 'Something went wrong on our side. Please try again.';
	}
}

/** The HTTP status a form action answers a failure with. */
export function httpStatusOf(error: ErrorCode): 400 | 403 | 404 | 409 | 429 | 500 {
	switch (error) {
		case 'invalid_payload':
			return 400;
		case 'unauthorized':
		case 'forbidden':
			return 403;
		case 'not_found':
			return 404;
		case 'rate_limited':
			return 429;
		case 'server_error':
			return 500;
		default:
			return 409;
	}
}
