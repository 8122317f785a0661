import { describe, it, expect } from 'vitest';
import { isAnswerable, parsePromptDefinition, type AnswerValue } from '$lib/prompts/kinds';
import { computeResults, secureRandom, shuffleInPlace } from './results';

function definition(input: Record<string, unknown>) {
	const result = parsePromptDefinition(input);
	if (!result.ok) throw new Error(`expected a valid definition: ${JSON.stringify(result.fields)}`);
	if (!isAnswerable(result.value)) throw new Error('expected a kind that takes answers');
	return result.value;
}

/** A small deterministic generator (mulberry32), so a test can fix one particular order. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const sorted = <T>(items: T[]) => [...items].sort();

describe('shuffleInPlace', () => {
	it('returns a permutation of the same array', () => {
		const items = Array.from({ length: 50 }, (_, i) => i);
		const original = [...items];
		const shuffled = shuffleInPlace(items, seeded(1));
		expect(shuffled).toBe(items);
		expect([...shuffled].sort((a, b) => a - b)).toEqual(original);
		expect(shuffled).not.toEqual(original);
	});

	it('follows the random source, not the arrival order', () => {
		// Fisher–Yates with a source that always says 0 swaps each last item to the front.
		expect(shuffleInPlace(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
		expect(shuffleInPlace(['a', 'b', 'c', 'd'], () => 0.999999)).toEqual(['a', 'b', 'c', 'd']);
		expect(shuffleInPlace(['a', 'b', 'c', 'd', 'e'], seeded(7))).toEqual(
			shuffleInPlace(['a', 'b', 'c', 'd', 'e'], seeded(7))
		);
	});

	it('never loses or repeats an item, even with a faulty source', () => {
		for (const faulty of [() => 1, () => -0.5, () => Number.NaN, () => 42]) {
			const shuffled = shuffleInPlace(['a', 'b', 'c', 'd', 'e'], faulty);
			expect(sorted(shuffled)).toEqual(['a', 'b', 'c', 'd', 'e']);
		}
		expect(shuffleInPlace([], () => 0)).toEqual([]);
		expect(shuffleInPlace(['only'], () => 0)).toEqual(['only']);
	});

	it('makes every order about equally likely with the default source', () => {
		const tally = new Map<string, number>();
		const trials = 6000;
		for (let i = 0; i < trials; i++) {
			const key = shuffleInPlace(['a', 'b', 'c']).join('');
			tally.set(key, (tally.get(key) ?? 0) + 1);
		}
		expect(tally.size).toBe(6);
		// 1000 expected each, standard deviation about 29: 200 is a margin of about seven.
		for (const count of tally.values()) expect(Math.abs(count - trials / 6)).toBeLessThan(200);
	});
});

describe('secureRandom', () => {
	it('gives numbers in [0, 1) that vary', () => {
		const draws = Array.from({ length: 1000 }, () => secureRandom());
		for (const draw of draws) {
			expect(draw).toBeGreaterThanOrEqual(0);
			expect(draw).toBeLessThan(1);
		}
		expect(new Set(draws).size).toBeGreaterThan(990);
	});
});

describe('computeResults', () => {
	it('returns text answers in the order of the random source, never arrival order', () => {
		const def = definition({ kind: 'text', text: 'What helped?' });
		const arrived = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
		const answers = arrived.map((text) => ({ text }));
		const results = computeResults(def, answers, seeded(3));
		if (results.kind !== 'text') throw new Error('expected text results');
		expect(results.answered).toBe(6);
		expect(sorted(results.texts)).toEqual(sorted(arrived));
		expect(results.texts).not.toEqual(arrived);
		expect(results.texts).toEqual(shuffleInPlace([...arrived], seeded(3)));
		expect(answers.map((answer) => answer.text)).toEqual(arrived);
	});

	it('shuffles text answers by default', () => {
		const def = definition({ kind: 'text', text: 'What helped?' });
		const arrived = Array.from({ length: 20 }, (_, i) => ({ text: `answer ${i}` }));
		const orders = new Set(
			Array.from({ length: 5 }, () => {
				const results = computeResults(def, arrived);
				return results.kind === 'text' ? results.texts.join('|') : '';
			})
		);
		// Twenty items in one fixed order five times over has odds of (1/20!)^4.
		expect(orders.size).toBeGreaterThan(1);
	});

	it('counts a scale, with counts indexed from the lowest value', () => {
		const def = definition({
			kind: 'scale',
			text: 'How rested?',
			min: -2,
			max: 2,
			minLabel: 'Exhausted',
			maxLabel: 'Rested'
		});
		const answers = [-2, 0, 0, 1, 2].map((value) => ({ value }));
		expect(computeResults(def, answers)).toEqual({
			kind: 'scale',
			answered: 5,
			min: -2,
			max: 2,
			minLabel: 'Exhausted',
			maxLabel: 'Rested',
			counts: [1, 0, 2, 1, 1],
			median: 0
		});
	});

	it('takes the median of an even count as the mean of the middle two', () => {
		const def = definition({
			kind: 'scale',
			text: 'x',
			min: 0,
			max: 10,
			minLabel: 'low',
			maxLabel: 'high'
		});
		const median = (values: number[]) => {
			const results = computeResults(
				def,
				values.map((value) => ({ value }))
			);
			return results.kind === 'scale' ? results.median : undefined;
		};
		expect(median([10, 1, 2, 9])).toBe(5.5);
		expect(median([7, 3, 4])).toBe(4);
		expect(median([0, 0, 10, 10, 10])).toBe(10);
		expect(median([])).toBeNull();
	});

	it('counts a single choice per option', () => {
		const def = definition({ kind: 'single', text: 'x', options: ['Sleep', 'Food', 'Rest'] });
		expect(computeResults(def, [{ choice: 2 }, { choice: 0 }, { choice: 2 }])).toEqual({
			kind: 'single',
			answered: 3,
			options: ['Sleep', 'Food', 'Rest'],
			counts: [1, 0, 2]
		});
	});

	it('counts each chosen option of a multiple choice', () => {
		const def = definition({ kind: 'multiple', text: 'x', options: ['Sleep', 'Food', 'Rest'] });
		const answers = [{ choices: [0, 2] }, { choices: [2] }, { choices: [0, 1, 2] }];
		expect(computeResults(def, answers)).toEqual({
			kind: 'multiple',
			answered: 3,
			options: ['Sleep', 'Food', 'Rest'],
			counts: [2, 1, 3]
		});
	});

	it('counts words by frequency, then alphabetically, whatever the arrival order', () => {
		const def = definition({ kind: 'words', text: 'x' });
		const answers = [
			{ words: ['tired', 'hopeful'] },
			{ words: ['zen'] },
			{ words: ['Hopeful', 'tired'] },
			{ words: ['ángst', 'tired'] },
			{ words: ['angst'] }
		];
		const expected = {
			kind: 'words',
			answered: 5,
			words: [
				{ word: 'tired', count: 3 },
				{ word: 'hopeful', count: 2 },
				{ word: 'angst', count: 1 },
				{ word: 'ángst', count: 1 },
				{ word: 'zen', count: 1 }
			]
		};
		expect(computeResults(def, answers)).toEqual(expected);
		expect(computeResults(def, [...answers].reverse())).toEqual(expected);
	});

	it('counts check-ins into five counts beside their labels', () => {
		const labels = ['Empty', 'Tired', 'Getting by', 'Steady', 'Well'];
		const def = definition({ kind: 'checkin', text: 'x', labels });
		const answers = [1, 3, 3, 5].map((value) => ({ value }));
		expect(computeResults(def, answers)).toEqual({
			kind: 'checkin',
			answered: 4,
			labels,
			counts: [1, 0, 2, 0, 1]
		});
	});

	it('leaves out answers that do not fit the prompt, so answered matches the counts', () => {
		const def = definition({ kind: 'single', text: 'x', options: ['a', 'b'] });
		const answers = [
			{ choice: 1 },
			{ choice: 5 },
			{ text: 'hi' },
			null
		] as unknown as AnswerValue[];
		expect(computeResults(def, answers)).toEqual({
			kind: 'single',
			answered: 1,
			options: ['a', 'b'],
			counts: [0, 1]
		});
	});

	it('gives empty results when nobody answered', () => {
		const def = definition({ kind: 'checkin', text: 'x', labels: ['1', '2', '3', '4', '5'] });
		expect(computeResults(def, [])).toMatchObject({ answered: 0, counts: [0, 0, 0, 0, 0] });
		expect(computeResults(definition({ kind: 'words', text: 'x' }), [])).toEqual({
			kind: 'words',
			answered: 0,
			words: []
		});
	});
});
