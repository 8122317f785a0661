import type { PromptKind } from '$lib/prompts/kinds';

// A plan's shape (browser-safe: the plan editor warns as the coach edits, the library's own
// test holds every ready plan to it). A group session has an arc: people arrive straight from
// work, go deepest in the middle, and leave with time to settle, so nobody walks out into a
// shift still holding something raw they wrote in the last minutes.

/**
 * Minutes each kind takes in a live room, from push to the next prompt: reading it, answering,
 * reading or revealing the results, and a little talk. Written answers take longest because the
 * coach reads them before the room sees them. A moment takes its own length plus a minute to
 * lead into it and out of it.
 */
export const MINUTES_PER_KIND: Record<Exclude<PromptKind, 'moment'>, number> = {
	checkin: 3,
	scale: 4,
	single: 4,
	multiple: 4,
	words: 5,
	text: 8
};

/** A welcome before the first prompt, and the closing card's few minutes at the end. */
export const OPENING_MINUTES = 2;
export const CLOSING_MINUTES = 2;

/** Deep open text belongs before this many minutes from the end. */
export const QUIET_END_MINUTES = 10;

/** Themes where an open question is light by design: arriving, leaving, agreeing how to meet. */
const LIGHT_THEMES = new Set(['checkin', 'closing', 'gratitude', 'group']);

export interface ArcStep {
	kind: PromptKind;
	/** The library theme, or null for a coach's own prompt. */
	theme: string | null;
	/** A moment's length in seconds. */
	seconds?: number;
	/** A leaving check-in reads like an arrival one, but belongs at the end. */
	leaving?: boolean;
}

/** 1 light, 2 reflective, 3 deep: open text on a heavy theme invites what is hardest to write. */
export function depthOf(step: ArcStep): 1 | 2 | 3 {
	const light = step.theme !== null && LIGHT_THEMES.has(step.theme);
	if (step.kind === 'text') return light ? 2 : 3;
	if (step.kind === 'words' || step.kind === 'moment') return light ? 1 : 2;
	return 1;
}

export function minutesOf(step: ArcStep): number {
	if (step.kind === 'moment') return Math.ceil((step.seconds ?? 60) / 60) + 1;
	return MINUTES_PER_KIND[step.kind];
}

/** The plan's length in whole minutes, with the welcome and the closing card. */
export function estimateMinutes(steps: readonly ArcStep[]): number {
	if (steps.length === 0) return 0;
	return OPENING_MINUTES + steps.reduce((sum, step) => sum + minutesOf(step), 0) + CLOSING_MINUTES;
}

export type ArcWarning =
	'opens-deep' | 'deepest-too-early' | 'deep-text-at-end' | 'ends-on-arrival' | 'no-closing-card';

export const ARC_WARNINGS: Record<ArcWarning, string> = {
	'opens-deep':
		'The first step asks a lot of people who have just arrived. Open with a check-in, then go deeper.',
	'deepest-too-early':
		'The deepest step comes in the first quarter. Give the room time to settle before it.',
	'deep-text-at-end': `A deep open question falls in the last ${QUIET_END_MINUTES} minutes. Move it earlier, so nobody leaves holding what they just wrote.`,
	'ends-on-arrival':
		'The plan ends on an arrival check-in. End with a check-out or a closing prompt instead.',
	'no-closing-card':
		'The plan has no closing card: phones will not be shown where support is before people leave.'
};

/** What breaks the arc, in the order a coach reads a plan. Empty for an empty plan. */
export function checkArc(
	steps: readonly ArcStep[],
	options: { closingCard: boolean }
): ArcWarning[] {
	if (steps.length === 0) return [];
	const warnings: ArcWarning[] = [];
	const depths = steps.map(depthOf);
	if (depths[0] === 3) warnings.push('opens-deep');

	const total = estimateMinutes(steps);
	const starts: number[] = [];
	let at = OPENING_MINUTES;
	for (const step of steps) {
		starts.push(at);
		at += minutesOf(step);
	}
	const deepest = Math.max(...depths) as 1 | 2 | 3;
	const firstDeepest = depths.indexOf(deepest);
	if (deepest > 1 && steps.length > 2 && firstDeepest > 0 && starts[firstDeepest]! < total / 4) {
		warnings.push('deepest-too-early');
	}
	// By when it ends: its answers are read and talked over before the quiet last minutes begin.
	const endsLate = (i: number) => starts[i]! + minutesOf(steps[i]!) > total - QUIET_END_MINUTES;
	if (steps.some((_, i) => depths[i] === 3 && endsLate(i))) {
		warnings.push('deep-text-at-end');
	}
	const last = steps.at(-1)!;
	if (steps.length > 1 && last.theme === 'checkin' && !last.leaving) {
		warnings.push('ends-on-arrival');
	}
	if (!options.closingCard) warnings.push('no-closing-card');
	return warnings;
}

/** "about 45 minutes", rounded to 5 past a quarter of an hour. */
export function describeLength(minutes: number): string {
	if (minutes <= 0) return 'no steps yet';
	const rounded = minutes < 15 ? minutes : Math.round(minutes / 5) * 5;
	const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	if (rounded < 60) return `about ${count(rounded, 'minute')}`;
	const rest = rounded % 60;
	return `about ${count(Math.floor(rounded / 60), 'hour')}${rest ? ` ${count(rest, 'minute')}` : ''}`;
}
