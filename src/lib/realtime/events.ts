// The one event contract between browser and server (types only).
//
// Commands are imperative `domain:verb` and always acknowledged with a Result. The server
// answers every change with **snapshots**, not with a stream of past-tense events: each
// audience gets the whole of what it may see (`console:state` for the coach,
// `live-session:state` for the room, `participant:snapshot` for one phone on connect), built
// from Postgres and from stored releases only. So a reconnect, a reload, a second server
// process or a lost message needs nothing but the next snapshot, and no view can ever show
// a result that was computed anew. Snapshots carry the live session's state version: a
// client that receives two out of order keeps the higher one.
import type { FacilitationGuide } from '$lib/prompts/guide';
import type { AnswerValue, PromptDefinition, PromptResults } from '$lib/prompts/kinds';
import type { AnswerSubmission } from '$lib/schemas/live-sessions';
import type { Result } from '$lib/result';

export { ERROR_CODES, type ErrorCode, type Result } from '$lib/result';

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
	/** Shown under the prompt on the phone and the display ("no names or details needed"). */
	participantNote: string;
	status: 'open' | 'closed';
	revealed: boolean;
	/** Coach: set once closed. Participant: set only once revealed (or below k). */
	release: ReleaseView | null;
}

export interface LiveSessionInfo {
	id: string;
	title: string;
	status: 'draft' | 'live' | 'ended';
	k: number;
}

/** A card the coach put on every phone: the support resources, or the closing card. */
export type RoomCard = 'support' | 'closing';

/** What every device in the room is told (identical for all of them). */
export interface ParticipantState {
	/** The live session's state version; a lower one than already shown is stale. */
	version: number;
	liveSession: LiveSessionInfo;
	/**
	 * Phones that have joined. k counts phones, so every phone shows this number: a room can
	 * see when there are more phones than people (phones that would count towards k too).
	 */
	phones: number;
	/**
	 * The current round. Its release is the room's view of it: texts and words the coach hid
	 * are left out and filtered words masked (the stored release itself never changes).
	 */
	round: RoundView | null;
	card: RoomCard | null;
	/** The closing card's words (shown when `card` is 'closing'). */
	closingNote: string;
}

/**
 * What the room display shows: the room's view, and while people arrive the join code, its QR
 * and how many phones joined. Never a crisis notice, never the support card.
 */
export interface DisplayState {
	version: number;
	liveSession: LiveSessionInfo & {
		locked: boolean;
		joinCode: string | null;
		joinUrl: string | null;
	};
	/** An SVG of the join link's QR code (null while the room is locked). */
	qrSvg: string | null;
	phones: number;
	round: RoundView | null;
	/** The closing card's words while the coach shows it. */
	closingNote: string | null;
}

/** The console's view of the current round: the whole release, and what the room is spared. */
export interface CoachRoundView extends RoundView {
	/**
	 * Set at close when an answer showed signs of crisis. Says nothing of which answer or whose;
	 * it is never sent to the room or the display.
	 */
	attention: boolean;
	/** Kept off the room's screens by the coach (or at close, for signs of crisis). */
	hidden: { texts: number[]; words: string[] };
	/** Masked for the room by the word filter. */
	masked: { texts: number[]; words: string[] };
}

export interface SessionPromptView {
	id: string;
	position: number;
	prompt: PromptDefinition;
	/** The plan step's note for the facilitator. */
	note: string;
	/** The prompt's own note for the facilitator (shown beside the step's, never replaced). */
	promptNote: string;
	/** The rest of the prompt's guide: what to say before, what to watch for, whether to reveal. */
	promptGuide: FacilitationGuide;
	/** The note participants see under the prompt. */
	participantNote: string;
	rounds: { id: string; roundNumber: number; status: 'open' | 'closed'; released: boolean }[];
}

export interface CoachState {
	version: number;
	liveSession: LiveSessionInfo & {
		joinCode: string | null;
		joinUrl: string | null;
		locked: boolean;
		card: RoomCard | null;
		closingNote: string;
		/** The room display's read-only link (it holds the display token). */
		displayUrl: string | null;
	};
	round: CoachRoundView | null;
	prompts: SessionPromptView[];
}

export interface RoomCounts {
	/** Devices connected right now, across every server process. */
	inRoom: number;
	/** Devices that have joined this live session. */
	joined: number;
	/** Answers and passes in the current round, together (a pass is never shown apart). */
	responded: number;
}

/** This device's own answer in the current round, recovered on reconnect. */
export type MyResponse = { passed: true } | { passed: false; answer: AnswerValue } | null;

export type ResponseSubmit = AnswerSubmission;

/** Commands a participant's phone may send. */
export interface ParticipantCommands {
	/** `offerSupport`: the answer showed signs of crisis; the phone offers its writer support. */
	'response:submit': (
		payload: ResponseSubmit,
		ack: Ack<{ idempotencyKey: string; offerSupport: boolean }>
	) => void;
	'participant:leave': (payload: null, ack: Ack) => void;
}

/** Commands the coach's console may send. */
export interface CoachCommands {
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
	/** Hides one text (by position) or one word of a release from the room, or shows it again. */
	'round:hide': (
		payload: { roundId: string; hidden: boolean } & ({ text: number } | { word: string }),
		ack: Ack
	) => void;
	/** No new phones may join (or they may again). */
	'room:lock': (payload: { locked: boolean }, ack: Ack) => void;
	/** A new join code; the old one stops working, phones already in stay. */
	'room:rotate-code': (payload: null, ack: Ack<{ joinCode: string }>) => void;
	/** Puts a card on every phone, or takes it down. */
	'room:card': (payload: { card: RoomCard | null }, ack: Ack) => void;
	/** The closing card's words ('' : no closing card). */
	'room:closing-note': (payload: { closingNote: string }, ack: Ack) => void;
	'live-session:end': (payload: { confirm: true }, ack: Ack) => void;
}

export type ClientToServerEvents = ParticipantCommands & CoachCommands;
export type CommandName = keyof ClientToServerEvents;
/** The payload a command declares. */
export type CommandPayload<E extends CommandName> = Parameters<ClientToServerEvents[E]>[0];
/** The `data` of the acknowledgement a command declares. */
export type CommandData<E extends CommandName> =
	Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? T : never;

export interface ServerToClientEvents {
	/** Sent to one participant on every (re)connect, with that device's own answer. */
	'participant:snapshot': (snapshot: ParticipantState & { mine: MyResponse }) => void;
	/** Broadcast to all participants whenever the room's state changes. */
	'live-session:state': (state: ParticipantState) => void;
	/** Sent to the coach on connect and after every change. */
	'console:state': (state: CoachState) => void;
	/** Coalesced (a few times a second at most), and only when a number changed. */
	'console:counts': (counts: RoomCounts) => void;
	/** To the room when the number of phones that joined changed (coalesced, like counts). */
	'live-session:phones': (update: { phones: number }) => void;
	'live-session:ended': () => void;
	/** To room displays on connect and after every change the room sees. */
	'display:state': (state: DisplayState) => void;
	/** To room displays: phones joined and "responded" (coalesced, only when changed). */
	'display:counts': (counts: { phones: number; responded: number }) => void;
}

/**
 * What the server keeps on each socket, by role. It may travel between server processes
 * (the adapter serializes it), so it never holds a participant's token: that stays in the
 * memory of the process that authenticated the socket.
 */
export type SocketData =
	| { role: 'coach'; liveSessionId: string; coachId: string }
	| { role: 'participant'; liveSessionId: string }
	| { role: 'display'; liveSessionId: string };

export interface ParticipantAuth {
	role: 'participant';
	token: string;
}
export interface CoachAuth {
	role: 'coach';
	liveSessionId: string;
}
/** A room display: read-only, by the token in its link. */
export interface DisplayAuth {
	role: 'display';
	liveSessionId: string;
	token: string;
}
