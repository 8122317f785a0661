import { eq } from 'drizzle-orm';
import { failure, ok, type Result } from '$lib/result';
import { CLOSING_NOTE_MAX } from '$lib/schemas/library';
import type { Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import type { LockedLiveSession } from './lifecycle';

// The room itself: who may still come in, and the cards the coach puts on every phone. Every
// function runs in a transaction holding the live session's row lock.

export type RoomCard = 'support' | 'closing';

/** What a closing card says unless the coach wrote their own (the ready plans use it). */
export const DEFAULT_CLOSING_NOTE =
	'Thank you for being here and for what you shared. I am staying on for a few minutes after ' +
	'we finish, if you would like a word. Support is always one tap away on this page, for you ' +
	'or for a colleague.';

/** Locks the room (no new phones may join; those in stay) or opens it again. */
export async function setLockedIn(tx: Transaction, session: LockedLiveSession, locked: boolean) {
	await tx.update(table.liveSession).set({ locked }).where(eq(table.liveSession.id, session.id));
	return ok();
}

/**
 * Puts a card on every phone — the support resources, or the closing card — or takes it
 * down. Pushing the next prompt takes a card down too.
 */
export async function showCardIn(
	tx: Transaction,
	session: LockedLiveSession,
	card: RoomCard | null
): Promise<Result> {
	if (card === 'closing') {
		const [row] = await tx
			.select({ note: table.liveSession.closingNote })
			.from(table.liveSession)
			.where(eq(table.liveSession.id, session.id));
		if (!row?.note) {
			return failure('invalid_payload', {
				card: 'This session has no closing card. Write one first.'
			});
		}
	}
	await tx.update(table.liveSession).set({ card }).where(eq(table.liveSession.id, session.id));
	return ok();
}

/** The closing card's words: trimmed, at most CLOSING_NOTE_MAX characters. */
export function parseClosingNote(input: unknown): Result<string> {
	if (typeof input !== 'string') {
		return failure('invalid_payload', { closingNote: 'Write the closing card as text.' });
	}
	const note = input.normalize('NFC').replace(/\r\n?/g, '\n').trim();
	if (note.length > CLOSING_NOTE_MAX) {
		return failure('invalid_payload', {
			closingNote: `Keep the closing card to ${CLOSING_NOTE_MAX} characters or fewer.`
		});
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(note)) {
		return failure('invalid_payload', {
			closingNote: 'The closing card contains characters that cannot be shown.'
		});
	}
	return ok(note);
}
