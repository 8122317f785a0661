import type { PromptResults } from '$lib/prompts/kinds';

// Figures a summary shows for a scale or a check-in, worked out from its stored release (the
// counts per value) and nothing else: a function of what was released, so it can reveal no
// more than the release itself.

export interface Distribution {
	/** The values of the scale, lowest first (1–5 for a check-in). */
	values: number[];
	/** For each value, how many answered it. */
	counts: number[];
	/** Labels for values where the prompt has them (every check-in value, a scale's ends). */
	labels: (string | null)[];
	answered: number;
	median: number;
	/** The middle half of the answers lies between these (Tukey's hinges: medians of each half). */
	lower: number;
	upper: number;
}

/** The distribution of a released scale or check-in; null for other kinds or no answers. */
export function distributionOf(results: PromptResults): Distribution | null {
	let values: number[];
	let labels: (string | null)[];
	if (results.kind === 'scale') {
		values = results.counts.map((_, i) => results.min + i);
		labels = values.map((v) =>
			v === results.min ? results.minLabel : v === results.max ? results.maxLabel : null
		);
	} else if (results.kind === 'checkin') {
		values = [1, 2, 3, 4, 5];
		labels = [...results.labels];
	} else {
		return null;
	}
	const counts = [...results.counts];
	const sorted = values.flatMap((v, i) => new Array<number>(counts[i] ?? 0).fill(v));
	if (sorted.length === 0) return null;
	const half = Math.floor(sorted.length / 2);
	return {
		values,
		counts,
		labels,
		answered: sorted.length,
		median: medianOf(sorted),
		// With an odd count the middle answer belongs to both halves.
		lower: medianOf(sorted.slice(0, sorted.length % 2 === 1 ? half + 1 : half)),
		upper: medianOf(sorted.slice(half))
	};
}

function medianOf(sorted: readonly number[]): number {
	const middle = Math.floor(sorted.length / 2);
	const value =
		sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return Math.round(value * 10) / 10;
}

/** "3", "3.5": figures as a person reads them. */
export function formatFigure(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
