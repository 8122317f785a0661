import { parsePromptDefinition } from '$lib/prompts/kinds';
import { failure } from '$lib/result';
import {
	addPromptSchema,
	cardSchema,
	closingNoteSchema,
	emptySchema,
	endSchema,
	hideSchema,
	lockSchema,
	movePromptSchema,
	revealSchema,
	roundRefSchema,
	sessionPromptRefSchema
} from '$lib/schemas/live-sessions';
import type { LiveDomain } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { Activity } from './activity';
import type { HuddleSocket } from './auth';
import type { Broadcaster } from './broadcast';
import { createRegistrar, PARTICIPANT_COMMANDS } from './commands';
import { rooms } from './rooms';

// The coach's live console. Every command is one domain call; the domain checks ownership
// and status and announces the change, which reaches this console as its next snapshot.

export function attachCoach(
	socket: HuddleSocket,
	deps: { live: LiveDomain; broadcaster: Broadcaster; activity: Activity }
) {
	const { live, broadcaster, activity } = deps;
	if (socket.data.role !== 'coach') {
		socket.disconnect(true);
		return;
	}
	const actor = { coachId: socket.data.coachId, liveSessionId: socket.data.liveSessionId };
	const commands = createRegistrar(socket);
	commands.refuse(PARTICIPANT_COMMANDS);
	const touched = <T>(result: T) => {
		activity.mark(actor.liveSessionId);
		return result;
	};

	commands.on('prompt:add', addPromptSchema, async (payload) => {
		if ('promptId' in payload) return touched(await live.addPrompt(actor, payload));
		const definition = parsePromptDefinition(payload.definition);
		if (!definition.ok) return failure('invalid_payload', definition.fields);
		return touched(await live.addPrompt(actor, { definition: definition.value }));
	});
	commands.on('prompt:move', movePromptSchema, async (payload) =>
		touched(await live.movePrompt(actor, payload.sessionPromptId, payload.direction))
	);
	commands.on('prompt:skip', sessionPromptRefSchema, async (payload) =>
		touched(await live.removePrompt(actor, payload.sessionPromptId))
	);
	commands.on('prompt:push', sessionPromptRefSchema, async (payload) =>
		touched(await live.push(actor, payload.sessionPromptId))
	);
	commands.on('round:close', roundRefSchema, async (payload) =>
		touched(await live.close(actor, payload.roundId))
	);
	commands.on('round:reveal', revealSchema, async (payload) =>
		touched(await live.reveal(actor, payload.roundId, payload.revealed))
	);
	commands.on('round:hide', hideSchema, async ({ roundId, hidden, ...target }) =>
		touched(await live.setHidden(actor, roundId, target, hidden))
	);
	commands.on('room:lock', lockSchema, async (payload) =>
		touched(await live.setLocked(actor, payload.locked))
	);
	commands.on('room:rotate-code', emptySchema, async () =>
		touched(await live.rotateJoinCode(actor))
	);
	commands.on('room:card', cardSchema, async (payload) =>
		touched(await live.showCard(actor, payload.card))
	);
	commands.on('room:closing-note', closingNoteSchema, async (payload) =>
		touched(await live.setClosingNote(actor, payload.closingNote))
	);
	commands.on('live-session:end', endSchema, () => live.end(actor));

	void socket.join(rooms.coaches(actor.liveSessionId));
	activity.mark(actor.liveSessionId);
	void sendSnapshot();

	async function sendSnapshot() {
		try {
			const state = await live.coachState(actor.liveSessionId);
			if (state) socket.emit('console:state', state);
			await broadcaster.sendCounts(actor.liveSessionId);
		} catch (err) {
			logError('snapshot_failed', err);
		}
	}
}
