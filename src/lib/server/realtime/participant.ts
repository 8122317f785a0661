import { answerSubmissionSchema, emptySchema } from '$lib/schemas/live-sessions';
import type { LiveDomain } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { Activity } from './activity';
import { participantTokenOf, type HuddleSocket } from './auth';
import type { Broadcaster } from './broadcast';
import { COACH_COMMANDS, createRegistrar } from './commands';
import { rooms } from './rooms';

// A participant's phone: it joins the room, gets a snapshot (with its own answer, which only
// its own socket is ever sent), and may answer or leave. Thin: parse → domain → acknowledge.

export function attachParticipant(
	socket: HuddleSocket,
	deps: { live: LiveDomain; broadcaster: Broadcaster; activity: Activity }
) {
	const { live, broadcaster, activity } = deps;
	const token = participantTokenOf(socket);
	if (socket.data.role !== 'participant' || !token) {
		socket.disconnect(true);
		return;
	}
	const device = { liveSessionId: socket.data.liveSessionId, token };
	const commands = createRegistrar(socket);
	commands.refuse(COACH_COMMANDS);

	commands.on('response:submit', answerSubmissionSchema, async (payload) => {
		const result = await live.submitAnswer(device, payload);
		if (result.ok) activity.mark(device.liveSessionId);
		return result;
	});
	commands.on('participant:leave', emptySchema, async () => {
		const result = await live.leave(device);
		// After the acknowledgement has gone out.
		setTimeout(() => socket.disconnect(true), 50);
		return result;
	});

	void socket.join(rooms.participants(device.liveSessionId));
	broadcaster.presenceChanged(device.liveSessionId);
	socket.on('disconnect', () => broadcaster.presenceChanged(device.liveSessionId));
	void sendSnapshot();

	async function sendSnapshot() {
		try {
			const state = await live.participantState(device.liveSessionId);
			if (!state) return;
			const mine = state.round ? await live.myAnswer(device, state.round.id) : null;
			socket.emit('participant:snapshot', { ...state, mine });
		} catch (err) {
			logError('snapshot_failed', err);
		}
	}
}
