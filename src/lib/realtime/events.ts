// The one event contract between browser and server (types only). Commands are
// imperative `domain:verb` and always acknowledged with a Result; broadcasts are past tense.
import type { AnswerValue, PromptDefinition, PromptResults } from '$lib/prompts/kinds';

export const ERROR_CODES = [
	'invalid_payload',
	'unauthorized',
	'forbidden',
	'not_found',
	'not_live',
	'prompt_closed',
	'not_released',
	'rate_limited',
	'server_error'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Result<T = null> =
	{ ok: true; data: T } | { ok: false; error: ErrorCode; fields?: Record<string, string> };
export type Ack<T = null> = (result: Result<T>) => void;

/** What the results area of any view shows for a closed round. */
export type ReleaseView =
	{ state: 'released'; answered: number; results: PromptResults } | { state: 'below_k'; k: number };

export interface RoundView {
	id: string;
	sessionPromptId: string;
	/** 1 for the first time this prompt was pushed, 2 after a reopen, … */
	roundNumber: number;
	prompt: PromptDefinition;
	status: 'open' | 'closed';
	revealed: boolean;
	/** Coach: set once closed. Participant: set only once revealed. */
	release: ReleaseView | null;
}

export interface LiveSessionInfo {
	id: string;
	title: string;
	status: 'draft' | 'live' | 'ended';
	k: number;
}

/** What every device in the room is told (identical for all of them). */
export interface ParticipantState {
	liveSession: LiveSessionInfo;
	round: RoundView | null;
}

export interface SessionPromptView {
	id: string;
	position: number;
	prompt: PromptDefinition;
	/** The facilitator's note for this step (from the plan or the library). */
	note: string;
	rounds: { id: string; roundNumber: number; status: 'open' | 'closed'; released: boolean }[];
}

export interface CoachState {
	liveSession: LiveSessionInfo & { joinCode: string | null; joinUrl: string | null };
	round: RoundView | null;
	prompts: SessionPromptView[];
}

export interface RoomCounts {
	/** Devices connected right now. */
	inRoom: number;
	/** Devices that have joined this live session. */
	joined: number;
	/** Answers and passes in the current round, together (a pass is never shown apart). */
	responded: number;
}

/** This device's own answer in the current round, recovered on reconnect. */
export type MyResponse = { passed: true } | { passed: false; answer: AnswerValue } | null;

export interface ResponseSubmit {
	roundId: string;
	/** Random per answer, generated on the device; echoed in the ack. */
	idempotencyKey: string;
	pass?: boolean;
	answer?: unknown;
}

export interface ClientToServerEvents {
	// Participants
	'response:submit': (payload: ResponseSubmit, ack: Ack<{ idempotencyKey: string }>) => void;
	'participant:leave': (payload: null, ack: Ack) => void;
	// Coach
	/** A prompt typed in the console, or a library / own prompt by id. */
	'prompt:add': (
		payload: { definition: unknown } | { promptId: string },
		ack: Ack<{ sessionPromptId: string }>
	) => void;
	/** Moves a prompt of the session's list one place. */
	'prompt:move': (payload: { sessionPromptId: string; direction: 'up' | 'down' }, ack: Ack) => void;
	/** Takes a prompt that was not asked yet off the session's list. */
	'prompt:skip': (payload: { sessionPromptId: string }, ack: Ack) => void;
	'prompt:push': (payload: { sessionPromptId: string }, ack: Ack<{ roundId: string }>) => void;
	'round:close': (payload: { roundId: string }, ack: Ack<{ released: boolean }>) => void;
	'round:reveal': (payload: { roundId: string; revealed: boolean }, ack: Ack) => void;
	'live-session:end': (payload: { confirm: true }, ack: Ack) => void;
}

export interface ServerToClientEvents {
	/** Sent to a participant on every (re)connect. */
	'participant:snapshot': (snapshot: ParticipantState & { mine: MyResponse }) => void;
	/** Broadcast to all participants whenever the room's state changes. */
	'live-session:state': (state: ParticipantState) => void;
	/** Sent to the coach on connect and after every change. */
	'console:state': (state: CoachState) => void;
	/** Coalesced: a few times a second at most. */
	'console:counts': (counts: RoomCounts) => void;
	'live-session:ended': () => void;
}

export interface SocketData {
	role: 'coach' | 'participant';
	liveSessionId: string;
	coachId?: string;
	/** Participants only: the raw token stays in memory, for dedupe keys; never logged. */
	participantToken?: string;
}

export interface ParticipantAuth {
	role: 'participant';
	token: string;
}
export interface CoachAuth {
	role: 'coach';
	liveSessionId: string;
}
