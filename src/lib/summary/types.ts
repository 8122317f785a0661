import type { PromptDefinition, PromptKind } from '$lib/prompts/kinds';
import type { ReleaseView } from '$lib/realtime/events';
import type { Distribution } from './stats';

// What a coach sees after a session and over a group's weeks (browser-safe types). Every
// figure comes from stored releases and the counts taken when answering closed.

export interface SummaryPrompt {
	roundId: string;
	/** 1 for the first prompt asked, 2 for the next, … (the order they were asked). */
	order: number;
	/** 1 for the first time this prompt was asked, 2 after asking again, … */
	roundNumber: number;
	kind: PromptKind;
	prompt: PromptDefinition;
	/** Counted when answering closed; null for sessions from before counts were kept. */
	answered: number | null;
	passed: number | null;
	/** The stored release, or why there is none (fewer than k answered). */
	release: ReleaseView;
	/** Median and spread of a released scale or check-in. */
	stats: Distribution | null;
	/** Whether the written answers of this release were deleted after the retention time. */
	textsDeleted: boolean;
}

export interface SessionSummary {
	liveSession: {
		id: string;
		title: string;
		k: number;
		startedAt: string | null;
		endedAt: string | null;
		endedBy: 'coach' | 'idle' | null;
		durationMinutes: number | null;
		phones: number;
		notes: string;
		textsDeletedAt: string | null;
		/** When written answers will be deleted (null once they are, or if none are kept). */
		textsDeleteOn: string | null;
	};
	group: { id: string; name: string };
	prompts: SummaryPrompt[];
}

export type TrendPoint =
	| {
			liveSessionId: string;
			state: 'released';
			answered: number;
			median: number;
			lower: number;
			upper: number;
	  }
	| { liveSessionId: string; state: 'no_release'; answered: number | null }
	| { liveSessionId: string; state: 'not_asked' };

export interface TrendSeries {
	/** The measure prompt (one version): a line of its own. */
	promptId: string;
	version: number;
	prompt: PromptDefinition;
	/** The range of values (1–5 for a check-in) and labels at the ends. */
	min: number;
	max: number;
	minLabel: string;
	maxLabel: string;
	/** One per session of the group, in date order. */
	points: TrendPoint[];
}

export interface GroupTrends {
	group: { id: string; name: string };
	sessions: { id: string; title: string; startedAt: string; phones: number }[];
	/** Measures asked in two sessions or more (a trend needs two points to be one). */
	measures: TrendSeries[];
	/** Measures asked once so far. */
	askedOnce: { promptId: string; version: number; text: string }[];
}
