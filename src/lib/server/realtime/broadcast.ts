import type { RoomCounts } from '$lib/realtime/events';
import type { Audience, LiveDomain, LiveNotify } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { Cluster, HuddleServer } from './cluster';
import { rooms } from './rooms';

// The realtime side of the domain's `notify` port: snapshots to the rooms, counts to the
// consoles, the end to everyone. Broadcasts go through the adapter, so they reach sockets on
// every process; each snapshot carries the state version, so arrival order does not matter.

export const COUNTS_INTERVAL_MS = 250;
const DISCONNECT_AFTER_END_MS = 5_000;

export function createBroadcaster(
	io: HuddleServer,
	deps: {
		/** The domain's views (the domain is created with this broadcaster as its notify port). */
		views: () => Pick<
			LiveDomain,
			'participantState' | 'coachState' | 'displayState' | 'roomCounts'
		>;
		cluster: Cluster;
		countsIntervalMs?: number;
		disconnectAfterEndMs?: number;
	}
) {
	const { cluster } = deps;
	const interval = deps.countsIntervalMs ?? COUNTS_INTERVAL_MS;
	const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; tell: boolean }>();
	// What this process last sent each session's consoles: counts go out only when they change,
	// so nothing reaches the coach when an answer is edited (same numbers, different moment).
	const lastSent = new Map<string, string>();

	// And what this process last told its phones (how many phones have joined) and displays.
	const lastPhones = new Map<string, number>();
	const lastDisplay = new Map<string, string>();

	async function emitCounts(liveSessionId: string, force = false) {
		// Each process tells only the consoles and phones connected to it: one sender per
		// socket, so each gets its numbers in order.
		const consoles = cluster.localSize(rooms.coaches(liveSessionId)) > 0;
		const phones = cluster.localSize(rooms.participants(liveSessionId)) > 0;
		const displays = cluster.localSize(rooms.displays(liveSessionId)) > 0;
		if (!consoles) lastSent.delete(liveSessionId);
		if (!phones) lastPhones.delete(liveSessionId);
		if (!displays) lastDisplay.delete(liveSessionId);
		if (!consoles && !phones && !displays) return;
		const counts = await deps.views().roomCounts(liveSessionId);
		if (!counts) return;
		const forDisplay = { phones: counts.joined, responded: counts.responded };
		const displayKey = JSON.stringify(forDisplay);
		if (displays && (force || lastDisplay.get(liveSessionId) !== displayKey)) {
			lastDisplay.set(liveSessionId, displayKey);
			io.local.to(rooms.displays(liveSessionId)).emit('display:counts', forDisplay);
		}
		if (phones && lastPhones.get(liveSessionId) !== counts.joined) {
			lastPhones.set(liveSessionId, counts.joined);
			io.local
				.to(rooms.participants(liveSessionId))
				.emit('live-session:phones', { phones: counts.joined });
		}
		if (!consoles) return;
		const full: RoomCounts = {
			inRoom: await cluster.roomSize(rooms.participants(liveSessionId)),
			...counts
		};
		const key = JSON.stringify(full);
		if (!force && lastSent.get(liveSessionId) === key) return;
		lastSent.set(liveSessionId, key);
		io.local.to(rooms.coaches(liveSessionId)).emit('console:counts', full);
	}

	/**
	 * Coalesces counts: at most one computation per session and interval. `tell` also lets the
	 * other processes know (once per interval), for consoles connected there.
	 */
	function scheduleCounts(liveSessionId: string, tell: boolean) {
		const pending = timers.get(liveSessionId);
		if (pending) {
			pending.tell ||= tell;
			return;
		}
		const entry = {
			tell,
			timer: setTimeout(() => {
				timers.delete(liveSessionId);
				if (entry.tell) cluster.tellOthers('counts:changed', liveSessionId);
				emitCounts(liveSessionId).catch((err) => logError('counts_failed', err));
			}, interval)
		};
		timers.set(liveSessionId, entry);
	}

	io.on('counts:changed', (liveSessionId) => {
		if (typeof liveSessionId === 'string') scheduleCounts(liveSessionId, false);
	});

	const notify: LiveNotify = {
		async stateChanged(liveSessionId: string, audience: Audience) {
			const views = deps.views();
			const room = audience === 'everyone';
			const [participantState, coachState, displayState] = await Promise.all([
				room ? views.participantState(liveSessionId) : null,
				views.coachState(liveSessionId),
				// Built whether or not a display is connected: a display may be on another process.
				room ? views.displayState(liveSessionId) : null
			]);
			if (participantState) {
				io.to(rooms.participants(liveSessionId)).emit('live-session:state', participantState);
			}
			if (displayState) io.to(rooms.displays(liveSessionId)).emit('display:state', displayState);
			if (coachState) io.to(rooms.coaches(liveSessionId)).emit('console:state', coachState);
			// A new round resets "responded".
			if (audience === 'everyone') scheduleCounts(liveSessionId, true);
		},
		countsChanged(liveSessionId: string) {
			scheduleCounts(liveSessionId, true);
		},
		ended(liveSessionId: string) {
			const audience = [
				rooms.participants(liveSessionId),
				rooms.coaches(liveSessionId),
				rooms.displays(liveSessionId)
			];
			for (const room of audience) io.to(room).emit('live-session:ended');
			cluster.tellOthers('live-session:ended', liveSessionId);
			forget(liveSessionId);
			// Browsers disconnect when told; a client that stays is cut off a little later. Not at
			// once: with the Postgres adapter a broadcast reaches even this process's sockets only
			// after it was published, while leaving or disconnecting happens here immediately, so
			// the end would overtake its own announcement.
			const cutOff = setTimeout(() => {
				for (const room of audience) io.in(room).disconnectSockets(true);
			}, deps.disconnectAfterEndMs ?? DISCONNECT_AFTER_END_MS);
			cutOff.unref?.();
		}
	};

	function forget(liveSessionId: string) {
		const pending = timers.get(liveSessionId);
		if (pending) clearTimeout(pending.timer);
		timers.delete(liveSessionId);
		lastSent.delete(liveSessionId);
		lastPhones.delete(liveSessionId);
		lastDisplay.delete(liveSessionId);
		cluster.forget(liveSessionId);
	}

	return {
		notify,
		forget,
		/** A console joined: it (and this process's other consoles) get the counts now. */
		sendCounts(liveSessionId: string) {
			return emitCounts(liveSessionId, true);
		},
		/** Presence changed on this process (a socket joined or left a room). */
		presenceChanged(liveSessionId: string) {
			scheduleCounts(liveSessionId, true);
		},
		close() {
			for (const { timer } of timers.values()) clearTimeout(timer);
			timers.clear();
		}
	};
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
