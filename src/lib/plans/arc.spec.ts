import { describe, expect, it } from 'vitest';
import { checkArc, depthOf, describeLength, estimateMinutes, type ArcStep } from './arc';

const arrival: ArcStep = { kind: 'checkin', theme: 'checkin' };
const choice: ArcStep = { kind: 'single', theme: 'values' };
const deepText: ArcStep = { kind: 'text', theme: 'values' };
const ownText: ArcStep = { kind: 'text', theme: null };
const words: ArcStep = { kind: 'words', theme: 'meaning' };
const checkout: ArcStep = { kind: 'checkin', theme: 'checkin', leaving: true };
const closingWords: ArcStep = { kind: 'words', theme: 'closing' };

describe('a plan’s length', () => {
	it('adds each kind’s minutes to a welcome and the closing card', () => {
		// 2 + (3 + 4 + 8 + 5 + 3) + 2
		expect(estimateMinutes([arrival, choice, deepText, words, checkout])).toBe(27);
		expect(estimateMinutes([])).toBe(0);
	});

	it('gives a moment its own length, rounded up, and a minute to lead in and out', () => {
		expect(estimateMinutes([{ kind: 'moment', theme: 'grief', seconds: 90 }])).toBe(2 + 3 + 2);
		expect(estimateMinutes([{ kind: 'moment', theme: 'grief', seconds: 600 }])).toBe(2 + 11 + 2);
	});

	it('reads as a coach would say it', () => {
		expect(describeLength(0)).toBe('no steps yet');
		expect(describeLength(1)).toBe('about 1 minute');
		expect(describeLength(13)).toBe('about 13 minutes');
		expect(describeLength(47)).toBe('about 45 minutes');
		expect(describeLength(58)).toBe('about 1 hour');
		expect(describeLength(74)).toBe('about 1 hour 15 minutes');
		expect(describeLength(125)).toBe('about 2 hours 5 minutes');
	});
});

describe('depth', () => {
	it('is deepest for open text on a heavy theme, and for a coach’s own open text', () => {
		expect(depthOf(deepText)).toBe(3);
		expect(depthOf(ownText)).toBe(3);
		expect(depthOf({ kind: 'text', theme: 'checkin' })).toBe(2);
		expect(depthOf(words)).toBe(2);
		expect(depthOf(closingWords)).toBe(1);
		expect(depthOf(choice)).toBe(1);
	});
});

describe('the arc rules', () => {
	it('find nothing to say about a well-shaped plan', () => {
		expect(
			checkArc([arrival, choice, words, deepText, choice, choice, checkout], { closingCard: true })
		).toEqual([]);
	});

	it('warn when the first step asks a lot of people who have just arrived', () => {
		expect(checkArc([deepText, choice, choice, checkout], { closingCard: true })).toContain(
			'opens-deep'
		);
	});

	it('warn when the deepest step comes in the first quarter', () => {
		const plan = [arrival, deepText, choice, choice, choice, choice, choice, choice, checkout];
		expect(checkArc(plan, { closingCard: true })).toEqual(['deepest-too-early']);
	});

	it('warn when deep open text falls in the last ten minutes', () => {
		const plan = [arrival, choice, words, choice, deepText, checkout];
		expect(checkArc(plan, { closingCard: true })).toEqual(['deep-text-at-end']);
		// Ten minutes of light steps after it make room to settle.
		expect(
			checkArc([arrival, choice, words, deepText, choice, choice, checkout], { closingCard: true })
		).toEqual([]);
	});

	it('warn when a plan ends on an arrival check-in, or without a closing card', () => {
		expect(checkArc([arrival, choice, words, choice, arrival], { closingCard: true })).toEqual([
			'ends-on-arrival'
		]);
		expect(checkArc([arrival, choice, checkout], { closingCard: false })).toEqual([
			'no-closing-card'
		]);
	});

	it('say nothing about an empty plan', () => {
		expect(checkArc([], { closingCard: false })).toEqual([]);
	});
});
