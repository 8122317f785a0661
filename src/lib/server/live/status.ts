import type { ErrorCode } from '$lib/result';
import type { LiveSessionStatus } from '$lib/server/db/schema';

/**
 * Which status of a live session each operation needs. Every use case checks its row here,
 * inside the transaction that holds the live session's row lock, so no transport (a form,
 * a socket, the operator CLI) can do what another would refuse.
 */
export const STATUS_RULES = {
	updateDraft: ['draft'],
	start: ['draft'],
	delete: ['draft', 'ended'],
	addPrompt: ['draft', 'live'],
	movePrompt: ['draft', 'live'],
	removePrompt: ['draft', 'live'],
	push: ['live'],
	close: ['live'],
	reveal: ['live'],
	moderate: ['live'],
	lock: ['live'],
	rotateCode: ['live'],
	showCard: ['live'],
	closingNote: ['draft', 'live'],
	end: ['live'],
	join: ['live'],
	answer: ['live']
} as const satisfies Record<string, readonly LiveSessionStatus[]>;

export type Operation = keyof typeof STATUS_RULES;

/** The error an operation meets in this status, or null when it may go ahead. */
export function statusError(operation: Operation, status: LiveSessionStatus): ErrorCode | null {
	const allowed: readonly LiveSessionStatus[] = STATUS_RULES[operation];
	if (allowed.includes(status)) return null;
	if (status === 'ended') return 'ended';
	if (status === 'draft') return 'not_live';
	return allowed.includes('ended') ? 'still_live' : 'not_draft';
}
