import { describe, expect, it } from 'vitest';
import { PROMPT_KINDS, parsePromptDefinition, type PromptDefinition } from '$lib/prompts/kinds';
import { PROMPT_THEMES } from '$lib/prompts/themes';
import { LIBRARY_PLANS, LIBRARY_PROMPTS } from './content';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTE_MAX = 160;

const bySlug = new Map(LIBRARY_PROMPTS.map((prompt) => [prompt.slug, prompt]));

/** Every piece of text a participant or a coach will read. */
function textsOf(definition: PromptDefinition): string[] {
	switch (definition.kind) {
		case 'scale':
			return [definition.text, definition.minLabel, definition.maxLabel];
		case 'single':
		case 'multiple':
			return [definition.text, ...definition.options];
		case 'checkin':
			return [definition.text, ...definition.labels];
		default:
			return [definition.text];
	}
}

const allTexts = [
	...LIBRARY_PROMPTS.flatMap((prompt) => [...textsOf(prompt.definition), prompt.guide.purpose]),
	...LIBRARY_PLANS.flatMap((plan) => [
		plan.title,
		plan.description,
		...plan.steps.flatMap((step) => (step.note === undefined ? [] : [step.note]))
	])
];

function expectOneLine(text: string, label: string) {
	expect(text.trim(), label).not.toBe('');
	expect(text, label).toBe(text.trim());
	expect(text, label).not.toMatch(/[\r\n]/);
	expect(text.length, label).toBeLessThanOrEqual(NOTE_MAX);
}

describe('library prompts', () => {
	it('has at least 60 prompts', () => {
		expect(LIBRARY_PROMPTS.length).toBeGreaterThanOrEqual(60);
	});

	it('has unique kebab-case slugs prefixed by their theme', () => {
		const slugs = LIBRARY_PROMPTS.map((prompt) => prompt.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const prompt of LIBRARY_PROMPTS) {
			expect(prompt.slug, prompt.slug).toMatch(KEBAB);
			expect(prompt.slug.startsWith(`${prompt.theme}-`), prompt.slug).toBe(true);
		}
	});

	it('uses only known themes', () => {
		const themes = new Set<string>(PROMPT_THEMES.map((theme) => theme.id));
		for (const prompt of LIBRARY_PROMPTS) expect(themes.has(prompt.theme), prompt.slug).toBe(true);
	});

	it.each(PROMPT_THEMES.map((theme) => theme.id))(
		'gives theme %s at least 4 prompts of at least 2 kinds',
		(theme) => {
			const prompts = LIBRARY_PROMPTS.filter((prompt) => prompt.theme === theme);
			expect(prompts.length).toBeGreaterThanOrEqual(4);
			expect(new Set(prompts.map((prompt) => prompt.definition.kind)).size).toBeGreaterThanOrEqual(
				2
			);
		}
	);

	it.each(PROMPT_KINDS.map((entry) => entry.kind))('uses kind %s at least 5 times', (kind) => {
		const count = LIBRARY_PROMPTS.filter((prompt) => prompt.definition.kind === kind).length;
		expect(count).toBeGreaterThanOrEqual(5);
	});

	it('has definitions that load unchanged', () => {
		for (const prompt of LIBRARY_PROMPTS) {
			const result = parsePromptDefinition(prompt.definition);
			if (!result.ok) {
				throw new Error(`${prompt.slug} is invalid: ${JSON.stringify(result.fields)}`);
			}
			expect(result.value, prompt.slug).toEqual(prompt.definition);
		}
	});

	it('has distinct labels on every check-in and at both ends of every scale', () => {
		for (const { slug, definition } of LIBRARY_PROMPTS) {
			if (definition.kind === 'checkin') {
				const labels = definition.labels.map((label) => label.toLowerCase());
				expect(new Set(labels).size, slug).toBe(labels.length);
			}
			if (definition.kind === 'scale') {
				expect(definition.minLabel.toLowerCase(), slug).not.toBe(definition.maxLabel.toLowerCase());
			}
		}
	});

	it('has a one-line facilitator note of at most 160 characters on every prompt', () => {
		for (const prompt of LIBRARY_PROMPTS) expectOneLine(prompt.guide.purpose, prompt.slug);
	});
});

describe('library plans', () => {
	it('has at least 6 plans with unique kebab-case slugs', () => {
		expect(LIBRARY_PLANS.length).toBeGreaterThanOrEqual(6);
		const slugs = LIBRARY_PLANS.map((plan) => plan.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(KEBAB);
	});

	it('includes the plans a coach expects to find', () => {
		const slugs = LIBRARY_PLANS.map((plan) => plan.slug);
		expect(slugs).toEqual(
			expect.arrayContaining([
				'first-session-noticing',
				'values-clarification',
				'boundaries',
				'recovery-routines',
				'self-compassion',
				'purpose-and-meaning'
			])
		);
	});

	it('gives every plan a title and a one-sentence description', () => {
		for (const plan of LIBRARY_PLANS) {
			expectOneLine(plan.title, plan.slug);
			expect(plan.description.trim(), plan.slug).not.toBe('');
			expect(plan.description, plan.slug).toMatch(/^[^.?]+\.$/);
		}
	});

	it('has 5 to 8 steps that all name an existing prompt', () => {
		for (const plan of LIBRARY_PLANS) {
			expect(plan.steps.length, plan.slug).toBeGreaterThanOrEqual(5);
			expect(plan.steps.length, plan.slug).toBeLessThanOrEqual(8);
			for (const step of plan.steps) {
				expect(bySlug.has(step.prompt), `${plan.slug}: ${step.prompt}`).toBe(true);
				if (step.note !== undefined) expectOneLine(step.note, `${plan.slug}: ${step.prompt}`);
			}
			const prompts = plan.steps.map((step) => step.prompt);
			expect(new Set(prompts).size, plan.slug).toBe(prompts.length);
		}
	});

	it('opens with a check-in and ends with a check-out', () => {
		for (const plan of LIBRARY_PLANS) {
			const first = bySlug.get(plan.steps.at(0)?.prompt ?? '');
			const last = bySlug.get(plan.steps.at(-1)?.prompt ?? '');
			expect(first?.theme, plan.slug).toBe('checkin');
			// A leaving check-in belongs at the end, not the start.
			expect(first?.slug.startsWith('checkin-leaving-'), plan.slug).toBe(false);
			expect(['checkin', 'closing'], plan.slug).toContain(last?.theme);
		}
	});
});

describe('library voice', () => {
	it('has no exclamation marks', () => {
		for (const text of allTexts) expect(text, text).not.toContain('!');
	});

	it('avoids words that sound clinical, cheesy or like a game', () => {
		const avoid =
			/\b(journey|diagnos\w*|symptoms?|screening|disorder|score board|leaderboard|streaks?|points|level up|department|age)\b/i;
		for (const text of allTexts) expect(text, text).not.toMatch(avoid);
	});
});
