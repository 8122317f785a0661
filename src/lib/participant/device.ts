import type { AnswerValue } from '$lib/prompts/kinds';

// What a participant's phone keeps, in localStorage so it survives a reload, a locked
// screen or a dropped connection: the anonymous token of one live session and the latest
// answer per prompt round that the server has not yet acknowledged. "Leave" and the end
// of the session erase it all (a shared ward computer keeps nothing).

const KEY = 'huddle.participant.v1';

export type OutboxState = 'pending' | 'sent' | 'not_counted' | 'refused';

export interface OutboxEntry {
	roundId: string;
	/** Random per answer; a retry of the same answer carries the same key. */
	idempotencyKey: string;
	pass: boolean;
	answer: AnswerValue | null;
	state: OutboxState;
	message?: string;
}

export interface Device {
	liveSessionId: string;
	token: string;
	outbox: OutboxEntry[];
}

export function loadDevice(): Device | null {
	try {
		const raw = localStorage.getItem(KEY);
		if (!raw) return null;
		const parsed = JSON.parse(raw) as Partial<Device>;
		if (typeof parsed.liveSessionId !== 'string' || typeof parsed.token !== 'string') return null;
		return {
			liveSessionId: parsed.liveSessionId,
			token: parsed.token,
			outbox: Array.isArray(parsed.outbox) ? parsed.outbox : []
		};
	} catch {
		return null;
	}
}

export function saveDevice(device: Device) {
	try {
		// Only the latest few rounds matter; older entries are settled.
		localStorage.setItem(KEY, JSON.stringify({ ...device, outbox: device.outbox.slice(-20) }));
	} catch {
		// Private mode or a full storage: the session still works, it just won't survive a reload.
	}
}

export function forgetDevice() {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Nothing stored.
	}
}

/** A random id that works on plain http too, where crypto.randomUUID does not exist. */
export function randomKey(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Replaces the entry of the same round (the latest answer is the one that counts). */
export function putEntry(outbox: OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
	return [...outbox.filter((e) => e.roundId !== entry.roundId), entry];
}
