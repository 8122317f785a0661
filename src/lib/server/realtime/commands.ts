import * as v from 'valibot';
import type {
	CoachCommands,
	CommandData,
	CommandName,
	CommandPayload,
	ParticipantCommands
} from '$lib/realtime/events';
import { failure, type Result } from '$lib/result';
import { parseWith } from '$lib/schemas/form';
import { logError } from '$lib/server/log';
import type { HuddleSocket } from './auth';
import { TokenBucket } from './socket-limiter';

// Every command of the contract, by role. `satisfies` keeps these lists equal to events.ts:
// a command added there and forgotten here (or the other way round) fails the type check.
export const PARTICIPANT_COMMANDS = [
	'response:submit',
	'participant:leave'
] as const satisfies readonly (keyof ParticipantCommands)[];
export const COACH_COMMANDS = [
	'prompt:add',
	'prompt:move',
	'prompt:skip',
	'prompt:push',
	'round:close',
	'round:reveal',
	'round:hide',
	'room:lock',
	'room:rotate-code',
	'room:card',
	'room:closing-note',
	'live-session:end'
] as const satisfies readonly (keyof CoachCommands)[];
type Listed = (typeof PARTICIPANT_COMMANDS)[number] | (typeof COACH_COMMANDS)[number];
const _everyCommandListed: Exclude<CommandName, Listed> extends never ? true : never = true;
void _everyCommandListed;

/** Bursts of 40 events per socket, refilled at 10 a second. */
const BURST = 40;
const PER_SECOND = 10;
const STRIKES_BEFORE_DISCONNECT = 100;

/**
 * The one way a command is handled: rate limit → parse the payload (`unknown` until then) →
 * run → acknowledge with a Result. A handler must return exactly the acknowledgement that
 * events.ts declares for its event, and a schema's output must fit the declared payload.
 * Nothing thrown crosses the wire: a failure is logged by its class and answered
 * `server_error`.
 */
export function createRegistrar(socket: HuddleSocket) {
	const bucket = new TokenBucket(BURST, PER_SECOND);
	let strikes = 0;
	socket.use((packet, next) => {
		if (bucket.take()) return next();
		const ack = packet[packet.length - 1];
		if (typeof ack === 'function') ack(failure('rate_limited'));
		if (++strikes > STRIKES_BEFORE_DISCONNECT) socket.disconnect(true);
	});

	function listen<E extends CommandName>(
		event: E,
		handle: (payload: unknown) => Promise<Result<CommandData<E>>>
	) {
		const listener = async (payload: unknown, ack: unknown) => {
			if (typeof ack !== 'function') return;
			try {
				ack(await handle(payload));
			} catch (err) {
				logError(`socket_${event}_failed`, err);
				ack(failure('server_error'));
			}
		};
		// The contract types the payload; at the edge it is unknown until parsed, hence the cast
		// of the listener (the result it acknowledges is checked above).
		socket.on(event, listener as unknown as Parameters<typeof socket.on<E>>[1]);
	}

	return {
		on<E extends CommandName, S extends v.GenericSchema<unknown, CommandPayload<E>>>(
			event: E,
			schema: S,
			run: (payload: v.InferOutput<S>) => Promise<Result<CommandData<E>>>
		) {
			listen(event, async (payload) => {
				const parsed = parseWith(schema, payload);
				if (!parsed.ok) return failure('invalid_payload', parsed.fields);
				return run(parsed.data);
			});
		},
		/** Commands of the other role get a clear `forbidden` instead of silence. */
		refuse(events: readonly CommandName[]) {
			for (const event of events) listen(event, async () => failure('forbidden'));
		}
	};
}

export type Registrar = ReturnType<typeof createRegistrar>;
