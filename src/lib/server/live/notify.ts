// The domain's one outgoing port. Every committed change is announced here, whichever
// transport made it; the realtime layer implements it (snapshots to the rooms, across
// processes), tests record it, and the operator CLI leaves it silent.

/** Who sees the change: only the coach's console (the prompt list), or the room too. */
export type Audience = 'console' | 'everyone';

export interface LiveNotify {
	/** A change to what a console (and, for 'everyone', the room) sees has been committed. */
	stateChanged(liveSessionId: string, audience: Audience): Promise<void> | void;
	/** Joined or responded may have changed (an answer, a join, a leave). Coalesced downstream. */
	countsChanged(liveSessionId: string): void;
	/** The live session has ended: tell every device, forget its secret everywhere. */
	ended(liveSessionId: string): Promise<void> | void;
}

export const silentNotify: LiveNotify = {
	stateChanged() {},
	countsChanged() {},
	ended() {}
};

export type NotifyEvent =
	| { type: 'stateChanged'; liveSessionId: string; audience: Audience }
	| { type: 'countsChanged'; liveSessionId: string }
	| { type: 'ended'; liveSessionId: string };

/** A notify port that remembers what it was told (for tests). */
export function recordingNotify(): LiveNotify & { events: NotifyEvent[] } {
	const events: NotifyEvent[] = [];
	return {
		events,
		stateChanged: (liveSessionId, audience) => {
			events.push({ type: 'stateChanged', liveSessionId, audience });
		},
		countsChanged: (liveSessionId) => {
			events.push({ type: 'countsChanged', liveSessionId });
		},
		ended: (liveSessionId) => {
			events.push({ type: 'ended', liveSessionId });
		}
	};
}
