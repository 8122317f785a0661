import { randomBytes } from 'node:crypto';
import {
	parseAnswer,
	type AnswerValue,
	type CheckinCounts,
	type PromptDefinition,
	type PromptResults
} from '$lib/prompts/kinds';

/** A uniform number in [0, 1) from the operating system's CSPRNG (48 bits, exact in a double). */
export function secureRandom(): number {
	return randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
}

/**
 * Fisher–Yates. `random` must return numbers in [0, 1); anything else is clamped rather than
 * trusted, so a faulty source can bias the order but never lose or duplicate an item.
 */
export function shuffleInPlace<T>(items: T[], random: () => number = secureRandom): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const r = random();
		const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : i;
		const item = items[i] as T;
		items[i] = items[j] as T;
		items[j] = item;
	}
	return items;
}

/**
 * Computes a round's release from its answers (passes excluded). Runs once, when answering
 * closes; every later view serves the stored result.
 *
 * Answers are parsed again against `def`, and any that no longer fit it are left out, so
 * `answered` always equals what the counts show. Nothing in the result follows arrival order:
 * texts are shuffled with a CSPRNG, words are sorted by count and then alphabetically.
 */
export function computeResults(
	def: Exclude<PromptDefinition, { kind: 'moment' }>,
	answers: readonly AnswerValue[],
	random: () => number = secureRandom
): PromptResults {
	switch (def.kind) {
		case 'text': {
			const texts = fitting(def, answers).map((answer) => answer.text);
			return { kind: 'text', answered: texts.length, texts: shuffleInPlace(texts, random) };
		}
		case 'scale': {
			const values = fitting(def, answers).map((answer) => answer.value);
			const counts = new Array<number>(def.max - def.min + 1).fill(0);
			for (const value of values) counts[value - def.min]! += 1;
			return {
				kind: 'scale',
				answered: values.length,
				min: def.min,
				max: def.max,
				minLabel: def.minLabel,
				maxLabel: def.maxLabel,
				counts,
				median: median(values)
			};
		}
		case 'single': {
			const choices = fitting(def, answers).map((answer) => answer.choice);
			const counts = def.options.map(() => 0);
			for (const choice of choices) counts[choice]! += 1;
			return { kind: 'single', answered: choices.length, options: [...def.options], counts };
		}
		case 'multiple': {
			const fits = fitting(def, answers);
			const counts = def.options.map(() => 0);
			for (const answer of fits) for (const choice of answer.choices) counts[choice]! += 1;
			return { kind: 'multiple', answered: fits.length, options: [...def.options], counts };
		}
		case 'words': {
			const fits = fitting(def, answers);
			const tally = new Map<string, number>();
			for (const answer of fits) {
				for (const word of answer.words) tally.set(word, (tally.get(word) ?? 0) + 1);
			}
			const words = [...tally].map(([word, count]) => ({ word, count })).sort(byCountThenWord);
			return { kind: 'words', answered: fits.length, words };
		}
		case 'checkin': {
			const values = fitting(def, answers).map((answer) => answer.value);
			const counts: CheckinCounts = [0, 0, 0, 0, 0];
			for (const value of values) counts[value - 1]! += 1;
			return { kind: 'checkin', answered: values.length, labels: [...def.labels], counts };
		}
	}
}

function fitting<D extends PromptDefinition>(def: D, answers: readonly AnswerValue[]) {
	return answers.flatMap((answer) => {
		const parsed = parseAnswer(def, answer);
		return parsed.ok ? [parsed.value] : [];
	});
}

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const value =
		sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return Math.round(value * 10) / 10;
}

const collator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

function byCountThenWord(
	a: { word: string; count: number },
	b: { word: string; count: number }
): number {
	// The code-unit comparison settles what the collator calls equal, so the order is total.
	return b.count - a.count || collator.compare(a.word, b.word) || (a.word < b.word ? -1 : 1);
}
