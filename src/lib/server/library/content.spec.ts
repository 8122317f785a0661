import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkArc, estimateMinutes, type ArcStep } from '$lib/plans/arc';
import { guideSchema, GUIDE_LIMITS } from '$lib/prompts/guide';
import { PROMPT_KINDS, parsePromptDefinition, type PromptDefinition } from '$lib/prompts/kinds';
import { PROMPT_THEMES } from '$lib/prompts/themes';
import {
	CLOSING_NOTE_MAX,
	NOTE_MAX as PARTICIPANT_NOTE_MAX,
	PLAN_DESCRIPTION_MAX,
	PLAN_TITLE_MAX
} from '$lib/schemas/library';
import { LIBRARY_PLANS, LIBRARY_PROMPTS } from './content';
import type { LibraryPlan, LibraryPrompt } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_NOTE_MAX = 160;

/** Themes where an open question asks little (arc.ts reads them as light). */
const LIGHT_THEMES = new Set(['checkin', 'closing', 'gratitude', 'group']);

/** An option a person can choose when none of the others fits, or they would rather not say. */
const WAY_OUT =
	/^(not sure|not sure yet|something else|not much|nothing|none|hard to|it depends|it varies|it changes|not (yet|today|this week|lately|at the moment|ready)|i can't remember|neither)|(, and that's fine|, and that is fine)$|^nowhere much$|^hardly any$|^no one right now$|^it has not happened to me$|^i had little contact/i;

/** Plans a group meets with first: they open with the group's agreements. */
const FIRST_SESSION_PLANS = ['first-session-noticing', 'starting-a-group'];

/**
 * Second edition: prompts whose kind, options or labels had to change (or a measure whose
 * wording did) took a new slug; the old one left the file and its row is retired.
 */
const RETIRED: Record<string, string> = {
	'noticing-curiosity-now': 'noticing-curiosity-compared',
	'noticing-connected-to-patients': 'noticing-close-to-patients',
	'system-knew-what-was-needed': 'system-needed-but-could-not-give',
	'checkin-how-present': 'checkin-present-now',
	'checkin-leaving-energy': 'checkin-leaving-energy-now',
	'noticing-autopilot-with-patients': 'noticing-autopilot-or-present',
	'identity-how-much-is-work': 'identity-life-beyond-work',
	'identity-like-yourself': 'identity-like-yourself-v2',
	'values-mattered-at-the-start': 'values-at-the-start',
	'values-most-alive-this-week': 'values-alive-this-week',
	'boundaries-after-saying-no': 'boundaries-after-a-no',
	'boundaries-what-restores-you': 'boundaries-what-restores-you-now',
	'boundaries-leaving-work-at-work': 'boundaries-what-helps-leave-work',
	'perfectionism-inner-voice': 'perfectionism-inner-critic-says',
	'mindfulness-after-a-quiet-minute': 'mindfulness-how-settled-now',
	'mindfulness-ten-second-pause': 'mindfulness-where-a-pause-fits',
	'self-compassion-gentleness-now': 'self-compassion-how-gently-now',
	'closing-less-alone': 'belonging-alone-with-it',
	'closing-what-helped': 'closing-what-helped-today',
	'closing-pace-of-today': 'closing-pace-check'
};

/**
 * Reworked in place (wording, guide and participant note only): the slug and the shape stay.
 * Each invited a story that could identify the writer or belongs in one-to-one support.
 */
const REWORDED_STORY_PROMPTS: Record<string, PromptDefinition['kind']> = {
	'self-compassion-as-if-a-friend': 'text',
	'checkin-set-something-down': 'text',
	'closing-leave-it-here': 'text',
	'noticing-caring-less': 'text',
	'values-what-brought-you': 'text',
	'identity-outside-work': 'words',
	'identity-someone-who-knew-you': 'text',
	'mindfulness-fully-there': 'text',
	'perfectionism-what-enough-looks-like': 'text'
};

/** A measure's wording is frozen: the trend compares answers to exactly these words. */
const MEASURES: Record<string, { text: string; labels: string[] }> = {
	'checkin-energy-today': {
		text: 'How much energy are you bringing into the room today?',
		labels: ['Running on empty', 'Tired', 'Okay', 'Steady', 'Rested']
	},
	'checkin-connected-colleagues': {
		text: 'How connected have you felt to your colleagues this week?',
		labels: ['Cut off', 'A little', 'Somewhat', 'Mostly', 'Closely']
	},
	'identity-like-yourself-v2': {
		text: 'How much like yourself have you felt this week?',
		labels: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Very much']
	}
};

const bySlug = new Map(LIBRARY_PROMPTS.map((prompt) => [prompt.slug, prompt]));
const planBySlug = new Map(LIBRARY_PLANS.map((plan) => [plan.slug, plan]));

function promptOf(slug: string): LibraryPrompt {
	const prompt = bySlug.get(slug);
	if (!prompt) throw new Error(`No library prompt ${slug}`);
	return prompt;
}

function planOf(slug: string): LibraryPlan {
	const plan = planBySlug.get(slug);
	if (!plan) throw new Error(`No library plan ${slug}`);
	return plan;
}

function arcStepsOf(plan: LibraryPlan): ArcStep[] {
	return plan.steps.map(({ prompt: slug }) => {
		const { definition, theme } = promptOf(slug);
		return {
			kind: definition.kind,
			theme,
			seconds: definition.kind === 'moment' ? definition.seconds : undefined,
			leaving: slug.startsWith('checkin-leaving-')
		};
	});
}

/** What a participant reads on the phone. */
function participantTextsOf(prompt: LibraryPrompt): string[] {
	const { definition } = prompt;
	const note = prompt.participantNote === undefined ? [] : [prompt.participantNote];
	switch (definition.kind) {
		case 'scale':
			return [definition.text, definition.minLabel, definition.maxLabel, ...note];
		case 'single':
		case 'multiple':
			return [definition.text, ...definition.options, ...note];
		case 'checkin':
			return [definition.text, ...definition.labels, ...note];
		default:
			return [definition.text, ...note];
	}
}

const allTexts = [
	...LIBRARY_PROMPTS.flatMap((prompt) => [
		...participantTextsOf(prompt),
		prompt.guide.purpose,
		prompt.guide.before,
		prompt.guide.watch
	]),
	...LIBRARY_PLANS.flatMap((plan) => [
		plan.title,
		plan.description,
		...(plan.closingNote === undefined ? [] : [plan.closingNote]),
		...plan.steps.flatMap((step) => (step.note === undefined ? [] : [step.note]))
	])
];

function expectOneLine(text: string, label: string, max: number) {
	expect(text.trim(), label).not.toBe('');
	expect(text, label).toBe(text.trim());
	expect(text, label).not.toMatch(/[\r\n]/);
	expect(text.length, label).toBeLessThanOrEqual(max);
}

describe('library prompts', () => {
	it('has at least 100 prompts', () => {
		expect(LIBRARY_PROMPTS.length).toBeGreaterThanOrEqual(100);
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

	it('gives every choice list a gentle way out', () => {
		for (const { slug, definition } of LIBRARY_PROMPTS) {
			if (definition.kind !== 'single' && definition.kind !== 'multiple') continue;
			const outs = definition.options.filter((option) => WAY_OUT.test(option));
			expect(outs, `${slug}: ${definition.options.join(' / ')}`).not.toEqual([]);
		}
	});
});

describe('facilitation guides', () => {
	it('gives every prompt a guide that a coach could have typed in the editor', () => {
		for (const { slug, guide } of LIBRARY_PROMPTS) {
			expectOneLine(guide.purpose, `${slug}: purpose`, GUIDE_LIMITS.purpose);
			for (const field of ['before', 'watch'] as const) {
				expect(guide[field].trim(), `${slug}: ${field}`).not.toBe('');
				expect(guide[field], `${slug}: ${field}`).toBe(guide[field].trim());
				expect(guide[field].length, `${slug}: ${field}`).toBeLessThanOrEqual(GUIDE_LIMITS[field]);
			}
			const parsed = v.safeParse(guideSchema, guide);
			expect(parsed.success, slug).toBe(true);
			if (parsed.success) expect(parsed.output, slug).toEqual(guide);
		}
	});

	it('has every text and words prompt read before it is revealed', () => {
		for (const { slug, definition, guide } of LIBRARY_PROMPTS) {
			if (definition.kind !== 'text' && definition.kind !== 'words') continue;
			expect(guide.reveal, slug).toBe('read-first');
			expect(guide.watch.length, slug).toBeGreaterThan(20);
		}
	});

	it('tells the coach what to do about a word that hints at self-harm, on every words prompt', () => {
		for (const { slug, definition, guide } of LIBRARY_PROMPTS) {
			if (definition.kind !== 'words') continue;
			expect(guide.watch, slug).toMatch(/self-harm/);
			expect(guide.watch, slug).toMatch(/\bhide\b/i);
			expect(guide.watch, slug).toMatch(/support card/);
		}
	});

	it('gives every moment a calm script, offering choices and a way to stop, for the coach only', () => {
		const moments = LIBRARY_PROMPTS.filter((prompt) => prompt.definition.kind === 'moment');
		expect(moments.length).toBeGreaterThanOrEqual(5);
		for (const { slug, guide } of moments) {
			expect(guide.reveal, slug).toBe('coach-only');
			expect(guide.before.length, slug).toBeGreaterThan(100);
			// Eyes open or closed: the choice is the participant's.
			expect(guide.before, slug).toMatch(/\beyes\b/i);
			expect(guide.before, slug).toMatch(/\b(closed|close them)\b/i);
			expect(guide.before, slug).toMatch(/\bstop\b/i);
			// A choice of anchor: more than one thing to rest attention on.
			expect(guide.before, slug).toMatch(/\bor\b/);
		}
	});

	it('reveals choices, scales and check-ins, keeping only feedback for the coach', () => {
		for (const { slug, definition, guide } of LIBRARY_PROMPTS) {
			if (['text', 'words', 'moment'].includes(definition.kind)) continue;
			if (slug === 'closing-pace-check') expect(guide.reveal, slug).toBe('coach-only');
			else expect(guide.reveal, slug).toBe('reveal');
		}
	});
});

describe('what participants are asked', () => {
	it('gives every open question on a heavy theme a participant note', () => {
		for (const prompt of LIBRARY_PROMPTS) {
			if (prompt.definition.kind !== 'text' || LIGHT_THEMES.has(prompt.theme)) continue;
			expect(prompt.participantNote, prompt.slug).toBeDefined();
		}
	});

	it('keeps participant notes to one short line', () => {
		for (const prompt of LIBRARY_PROMPTS) {
			if (prompt.participantNote === undefined) continue;
			expectOneLine(prompt.participantNote, prompt.slug, PARTICIPANT_NOTE_MAX);
		}
	});

	it('keeps measures to scales and check-ins, with their wording frozen', () => {
		const measures = LIBRARY_PROMPTS.filter((prompt) => prompt.measure);
		for (const { slug, definition } of measures) {
			expect(['scale', 'checkin'], slug).toContain(definition.kind);
		}
		expect(measures.map((prompt) => prompt.slug).sort()).toEqual(Object.keys(MEASURES).sort());
		for (const [slug, wording] of Object.entries(MEASURES)) {
			const { definition } = promptOf(slug);
			expect(definition.kind, slug).toBe('checkin');
			if (definition.kind === 'checkin') {
				expect({ text: definition.text, labels: definition.labels }, slug).toEqual(wording);
			}
		}
	});

	it('retires the old slugs whose shape had to change, under new slugs', () => {
		for (const [old, successor] of Object.entries(RETIRED)) {
			expect(bySlug.has(old), old).toBe(false);
			expect(bySlug.has(successor), `${old} → ${successor}`).toBe(true);
		}
		// A successor must not quietly reuse a retired slug in any plan.
		for (const plan of LIBRARY_PLANS) {
			for (const step of plan.steps) expect(RETIRED[step.prompt], plan.slug).toBeUndefined();
		}
	});

	it('keeps the slug and shape of prompts reworded in place, with a guardrail for the writer', () => {
		for (const [slug, kind] of Object.entries(REWORDED_STORY_PROMPTS)) {
			const prompt = promptOf(slug);
			expect(prompt.definition.kind, slug).toBe(kind);
			expect(prompt.participantNote, slug).toMatch(/\b(no|not)\b/i);
			expect(prompt.guide.reveal, slug).toBe('read-first');
			expect(`${prompt.guide.before} ${prompt.guide.watch}`, slug).toMatch(/\bread/i);
		}
	});

	it('asks the values question twice on one shared list, so the two can stand side by side', () => {
		const start = promptOf('values-at-the-start').definition;
		const now = promptOf('values-alive-this-week').definition;
		expect(start.kind).toBe(now.kind);
		if (start.kind === 'multiple' && now.kind === 'multiple') {
			expect(start.options).toEqual(now.options);
		}
	});

	it('asks the leaving energy check-in with the arrival labels', () => {
		const arrival = promptOf('checkin-energy-today').definition;
		const leaving = promptOf('checkin-leaving-energy-now').definition;
		expect(leaving.kind).toBe('checkin');
		if (arrival.kind === 'checkin' && leaving.kind === 'checkin') {
			expect(leaving.labels).toEqual(arrival.labels);
		}
	});

	it('says in the agreements that the app keeps only typed answers anonymous', () => {
		const { guide } = promptOf('group-agreements');
		expect(guide.before).toMatch(/\btype/);
		expect(guide.before).toMatch(/\baloud\b/);
	});
});

describe('library plans', () => {
	it('has at least 20 plans with unique kebab-case slugs', () => {
		expect(LIBRARY_PLANS.length).toBeGreaterThanOrEqual(20);
		const slugs = LIBRARY_PLANS.map((plan) => plan.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(KEBAB);
	});

	it('includes the plans a coach expects to find', () => {
		const slugs = LIBRARY_PLANS.map((plan) => plan.slug);
		expect(slugs).toEqual(
			expect.arrayContaining([
				'first-session-noticing',
				'starting-a-group',
				'last-session',
				'values-clarification',
				'boundaries',
				'recovery-routines',
				'self-compassion',
				'purpose-and-meaning',
				'presence',
				'what-is-in-our-hands',
				'getting-help',
				'grief-and-loss',
				'when-things-go-wrong',
				'belonging',
				'what-went-well',
				'coping-that-restores',
				'common-humanity',
				'naming-emotions',
				'between-shifts-huddle',
				'hard-week'
			])
		);
	});

	it('gives every plan a title and a one-sentence description', () => {
		for (const plan of LIBRARY_PLANS) {
			expectOneLine(plan.title, plan.slug, PLAN_TITLE_MAX);
			expect(plan.description.trim(), plan.slug).not.toBe('');
			expect(plan.description.length, plan.slug).toBeLessThanOrEqual(PLAN_DESCRIPTION_MAX);
			expect(plan.description, plan.slug).toMatch(/^[^.?]+\.$/);
		}
	});

	it('has 4 to 10 steps that all name an existing prompt', () => {
		for (const plan of LIBRARY_PLANS) {
			expect(plan.steps.length, plan.slug).toBeGreaterThanOrEqual(4);
			expect(plan.steps.length, plan.slug).toBeLessThanOrEqual(10);
			for (const step of plan.steps) {
				expect(bySlug.has(step.prompt), `${plan.slug}: ${step.prompt}`).toBe(true);
				if (step.note !== undefined) {
					expectOneLine(step.note, `${plan.slug}: ${step.prompt}`, STEP_NOTE_MAX);
				}
			}
			const prompts = plan.steps.map((step) => step.prompt);
			expect(new Set(prompts).size, plan.slug).toBe(prompts.length);
		}
	});

	it('opens with an arrival, after the agreements in a first session', () => {
		for (const plan of LIBRARY_PLANS) {
			const slugs = plan.steps.map((step) => step.prompt);
			const first = FIRST_SESSION_PLANS.includes(plan.slug) ? 1 : 0;
			if (first === 1) {
				expect(slugs[0], plan.slug).toBe('group-agreements');
				expect(promptOf(slugs[0]!).theme, plan.slug).toBe('group');
			}
			const arrival = promptOf(slugs[first]!);
			expect(arrival.theme, plan.slug).toBe('checkin');
			// A leaving check-in belongs at the end, not the start.
			expect(arrival.slug.startsWith('checkin-leaving-'), plan.slug).toBe(false);
		}
		for (const slug of FIRST_SESSION_PLANS) expect(planBySlug.has(slug), slug).toBe(true);
	});

	it('ends with a check-out', () => {
		for (const plan of LIBRARY_PLANS) {
			const last = promptOf(plan.steps.at(-1)!.prompt);
			expect(last.theme === 'closing' || last.slug.startsWith('checkin-leaving-'), plan.slug).toBe(
				true
			);
		}
	});

	it('follows the arc with no warnings, closing card included', () => {
		for (const plan of LIBRARY_PLANS) {
			const closingCard = plan.closingNote === undefined || plan.closingNote.trim() !== '';
			expect(checkArc(arcStepsOf(plan), { closingCard }), plan.slug).toEqual([]);
		}
	});

	it('gives a plan its own closing card only in full, as a session would take it', () => {
		for (const plan of LIBRARY_PLANS) {
			if (plan.closingNote === undefined) continue;
			expect(plan.closingNote.trim(), plan.slug).not.toBe('');
			expect(plan.closingNote.length, plan.slug).toBeLessThanOrEqual(CLOSING_NOTE_MAX);
			expect(plan.closingNote, plan.slug).toMatch(/support/i);
		}
	});

	it('shows an estimated length from 12 to 75 minutes, and about 15 for the between-shifts huddle', () => {
		for (const plan of LIBRARY_PLANS) {
			const minutes = estimateMinutes(arcStepsOf(plan));
			expect(minutes, plan.slug).toBeGreaterThanOrEqual(12);
			expect(minutes, plan.slug).toBeLessThanOrEqual(75);
		}
		expect(estimateMinutes(arcStepsOf(planOf('between-shifts-huddle')))).toBeLessThanOrEqual(16);
	});

	it('asks nothing to be written in the hard-week plan', () => {
		for (const step of planOf('hard-week').steps) {
			expect(['text', 'words'], step.prompt).not.toContain(promptOf(step.prompt).definition.kind);
		}
	});

	it('runs the inner critic only immediately before a self-compassion prompt', () => {
		const critics = ['perfectionism-inner-voice', 'perfectionism-inner-critic-says'];
		for (const plan of LIBRARY_PLANS) {
			plan.steps.forEach((step, i) => {
				if (!critics.includes(step.prompt)) return;
				const next = plan.steps[i + 1];
				expect(next, `${plan.slug}: nothing follows ${step.prompt}`).toBeDefined();
				expect(promptOf(next!.prompt).theme, plan.slug).toBe('self-compassion');
			});
		}
	});

	it('keeps the settled-worth and alone-with-it check-ins in the middle of a plan', () => {
		for (const plan of LIBRARY_PLANS) {
			plan.steps.forEach((step, i) => {
				if (!['perfectionism-settled-worth', 'belonging-alone-with-it'].includes(step.prompt)) {
					return;
				}
				expect(i, `${plan.slug}: ${step.prompt}`).toBeGreaterThanOrEqual(2);
				expect(i, `${plan.slug}: ${step.prompt}`).toBeLessThan(plan.steps.length - 2);
			});
		}
	});

	it('builds grief, presence and self-compassion around a moment', () => {
		for (const slug of ['grief-and-loss', 'presence', 'self-compassion', 'hard-week']) {
			const kinds = planOf(slug).steps.map((step) => promptOf(step.prompt).definition.kind);
			expect(kinds, slug).toContain('moment');
		}
	});

	it('uses every theme in at least one plan', () => {
		const used = new Set(
			LIBRARY_PLANS.flatMap((plan) => plan.steps.map((step) => promptOf(step.prompt).theme))
		);
		for (const theme of PROMPT_THEMES) expect(used.has(theme.id), theme.id).toBe(true);
	});
});

describe('library voice', () => {
	it('has no exclamation marks', () => {
		for (const text of allTexts) expect(text, text).not.toContain('!');
	});

	it('avoids words that sound clinical, cheesy or like a game', () => {
		const avoid =
			/\b(journey|diagnos\w*|symptoms?|screening|disorder|score ?board|leaderboard|streaks?|points|level up|department|age|awesome|amazing|congrat\w*|unlock\w*|quiz|badges?)\b/i;
		for (const text of allTexts) expect(text, text).not.toMatch(avoid);
	});

	it('asks nothing on a phone that could single out a role, a team or an age', () => {
		const identifying =
			/\b(department|ward|specialty|specialism|grade|seniority|resident|consultant|attending|registrar|nurse|trainee|age|gender|years? old)\b/i;
		for (const prompt of LIBRARY_PROMPTS) {
			for (const text of participantTextsOf(prompt)) {
				expect(text, prompt.slug).not.toMatch(identifying);
			}
		}
	});

	it('copies no item of a licensed questionnaire', () => {
		// Telltale phrasing of well-known burnout, depression and self-compassion instruments.
		const licensed =
			/emotionally drained|used up at the end|impersonal objects|more callous|end of my rope|little interest or pleasure|better off dead|down, depressed|own definition of burnout|control over my workload|feelings of inadequacy|part of the human condition|working too hard on my job/i;
		for (const text of allTexts) expect(text, text).not.toMatch(licensed);
	});
});
