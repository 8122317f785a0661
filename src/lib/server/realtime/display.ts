import type { LiveDomain } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { HuddleSocket } from './auth';
import type { Broadcaster } from './broadcast';
import { COACH_COMMANDS, createRegistrar, PARTICIPANT_COMMANDS } from './commands';
import { rooms } from './rooms';

// A room display (a projector, a shared screen): it only watches. Every command is refused,
// so a display link that leaks can never drive the session or answer in it.

export function attachDisplay(
	socket: HuddleSocket,
	deps: { live: LiveDomain; broadcaster: Broadcaster }
) {
	const { live, broadcaster } = deps;
	if (socket.data.role !== 'display') {
		socket.disconnect(true);
		return;
	}
	const liveSessionId = socket.data.liveSessionId;
	const commands = createRegistrar(socket);
	commands.refuse([...COACH_COMMANDS, ...PARTICIPANT_COMMANDS]);

	void socket.join(rooms.displays(liveSessionId));
	void sendSnapshot();

	async function sendSnapshot() {
		try {
			const state = await live.displayState(liveSessionId);
			if (state) socket.emit('display:state', state);
			await broadcaster.sendCounts(liveSessionId);
		} catch (err) {
			logError('snapshot_failed', err);
		}
	}
}
