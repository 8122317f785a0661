import type { AnswerValue } from '$lib/prompts/kinds';

// What a participant's phone keeps, in localStorage so it survives a reload, a locked screen
// or a dropped connection: the anonymous token of one live session, and answers the server
// has not acknowledged yet — nothing more. An answer leaves storage the moment it is
// acknowledged (the server gives the phone its own answer back on reconnect). "Leave", the
// end of the session, a token the server no longer knows, or hours without use erase it all,
// so a shared ward computer keeps nothing.

const KEY = 'huddle.participant.v1';

/** A stored device unused for this long is forgotten on the next visit to any page. */
export const DEVICE_STALE_MS = 12 * 3600_000;

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
	/** When this phone last saved anything for the session (ms since the epoch). */
	savedAt?: number;
}

export function loadDevice(now = Date.now()): Device | null {
	try {
		const raw = localStorage.getItem(KEY);
		if (!raw) return null;
		const parsed = JSON.parse(raw) as Partial<Device>;
		if (typeof parsed.liveSessionId !== 'string' || typeof parsed.token !== 'string') {
			forgetDevice();
			return null;
		}
		if (typeof parsed.savedAt !== 'number' || now - parsed.savedAt > DEVICE_STALE_MS) {
			forgetDevice();
			return null;
		}
		return {
			liveSessionId: parsed.liveSessionId,
			token: parsed.token,
			outbox: Array.isArray(parsed.outbox) ? parsed.outbox : [],
			savedAt: parsed.savedAt
		};
	} catch {
		return null;
	}
}

/**
 * Stores the token and what is still in flight. Acknowledged answers are not stored at all;
 * an answer that was not counted keeps only its message, not its content.
 */
export function saveDevice(device: Device, now = Date.now()) {
	const outbox = device.outbox
		.filter((e) => e.state !== 'sent')
		.map((e) => (e.state === 'pending' ? e : { ...e, pass: false, answer: null }))
		// Only the latest few rounds matter; older entries are settled.
		.slice(-20);
	try {
		localStorage.setItem(KEY, JSON.stringify({ ...device, outbox, savedAt: now }));
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

/**
 * On any page but the session's own: asks the server whether it still knows the stored
 * token, and forgets the device if not (the session ended while this tab was closed).
 */
export async function forgetEndedDevice(fetcher: typeof fetch = fetch): Promise<void> {
	const device = loadDevice();
	if (!device) return;
	try {
		const response = await fetcher('/api/device', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ token: device.token })
		});
		if (!response.ok) return;
		const { known } = (await response.json()) as { known?: boolean };
		if (known === false) forgetDevice();
	} catch {
		// Offline: try again on the next visit.
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
