import { describe, expect, it } from 'vitest';
import { textNeedsAttention, wordNeedsAttention, wordsNeedAttention } from './crisis';

// Each table below is a decision recorded in SAFETY.md: changing one is changing the policy.

describe('textNeedsAttention', () => {
	it('flags the example from the issue', () => {
		expect(
			textNeedsAttention(
				"I can't keep doing this. Some nights I think everyone would be better off without me."
			)
		).toBe(true);
	});

	const flagged: Record<string, string[]> = {
		'suicide, named, whoever it is about': [
			'suicide',
			'I have had suicidal thoughts',
			'thoughts of suicide again',
			'A patient died by suicide last month and I keep thinking about it',
			'Admitting this at work would be career suicide',
			'suicide rates among doctors',
			'sucide',
			'sewerslide',
			'sewer-slide',
			'i wanna unalive myself',
			'kms',
			'lol kms'
		],
		'killing oneself': [
			'I want to kill myself',
			'I tried to kill myself',
			"I'm gonna kill myself",
			"I'll kill myself if I have to do another audit",
			'kill my self',
			'KILL MYSELF',
			'I keep thinking about killing myself',
			'I almost killed myself last year',
			'I want to off myself',
			'I could hang myself',
			'I think about shooting myself',
			'I want to kill myself with pills'
		],
		'ending one’s life': [
			'I want to end my life',
			'ending my life',
			'I have thought about taking my own life',
			'sometimes i think about ending it all',
			"I'm going to end it tonight",
			'I just want it all to end',
			'I have given up on life'
		],
		'wanting to die, or not to be alive': [
			'I want to die',
			'I wanted to die',
			'I wanna die',
			'want 2 die',
			'I just want to be dead',
			'I wish I was dead',
			"I wish I'd never been born",
			"I hope I don't wake up",
			"I'd rather be dead",
			'better off dead',
			"I don't want to wake up tomorrow",
			'i dont want to live like this',
			"I don't want to exist in this world",
			"I don't want to be here anymore",
			"I wouldn't mind if I didn't wake up",
			'Some days I think about not being here',
			"I've been thinking about death a lot",
			'death would be a relief'
		],
		'can’t go on': [
			"I can't go on",
			'I cannot go on',
			'I can not go on',
			'I can’t carry on',
			"I can't go on like this",
			"I can't go on, the nights are endless",
			"I can't go on without help",
			'I can’t keep living like this',
			'i cant live with myself after that mistake',
			"I can't see a way out",
			'I see no way out',
			"I'm in a dark place"
		],
		'no reason to live': [
			'I have no reason to live',
			'there is no point in living',
			"what's the point of living",
			"there's no point going on",
			'nothing to live for',
			"life isn't worth living",
			'my life is pointless',
			"I'm tired of living",
			'feeling hopeless about the future',
			"I'm worthless",
			'I lose the will to live in these meetings'
		],
		'better off without me, a burden': [
			"they'd all be better off without me",
			'my family would be better off if I was gone',
			'It would be easier for everyone if I wasn’t here',
			'nobody would even notice if I disappeared',
			'Would anyone care if I died?',
			'no one would miss me',
			"they wouldn't miss me",
			'I feel like a burden to everyone',
			"I'm such a burden"
		],
		'harming oneself': [
			'self-harm',
			'self harm',
			'selfharm',
			'I self harm',
			'self-harming again',
			"I've been cutting myself again",
			'I want to hurt myself',
			'I hurt myself on purpose',
			'I keep harming myself',
			'I thought about slitting my wrists',
			'the urge to hurt myself'
		],
		'ways of dying, in the first person': [
			'I could just jump off the bridge',
			'I thought about stepping in front of a train',
			'thinking about driving into a wall',
			"I've been stockpiling pills",
			'I want to overdose',
			'I’ve thought about taking all my pills at once',
			'took a whole bottle of pills',
			'I bought a noose'
		]
	};

	for (const [group, texts] of Object.entries(flagged)) {
		it(`flags ${group}`, () => {
			for (const text of texts) expect(textNeedsAttention(text), text).toBe(true);
		});
	}

	it('reads contractions, apostrophes and spacing alike', () => {
		for (const text of [
			"I can't go on",
			'I can’t go on',
			'I can`t go on',
			'I cant go on',
			'I can t go on',
			"I  CAN'T\n\tGO   ON",
			"I'm a burden",
			'Im a burden',
			'I am a burden',
			'i m a burden',
			'i dont want to live',
			'I do not want to live',
			'I want to die',
			'I wanna die',
			'I want to die!!!',
			'...want to die...',
			'self-harm',
			'self – harm',
			'self_harm',
			'#selfharm',
			'kill-my-self',
			'kill.my.self'
		]) {
			expect(textNeedsAttention(text), text).toBe(true);
		}
	});

	it('sees through accents, compatibility forms, invisible characters and look-alike letters', () => {
		for (const text of [
			'ｓｕｉｃｉｄｅ',
			'𝐬𝐮𝐢𝐜𝐢𝐝𝐞',
			'suïcide',
			'sui\u0301cide',
			'sui\u200bcide',
			'sui\u00adcide',
			'\u0455uicid\u0435',
			'SUİCİDE',
			'I want to dıe',
			'kill myself'.normalize('NFD')
		]) {
			expect(textNeedsAttention(text), text).toBe(true);
		}
	});

	it('reads digits and symbols as letters, and letters held down', () => {
		for (const text of [
			'k1ll myself',
			'k1ll mys3lf',
			'su1cide',
			'$uicide',
			'5uicide',
			'i want to d1e',
			'i want to d!e',
			'I want to 0verd0se',
			'se1f harm',
			'I want to dieeee',
			'suiciiiide',
			'killlll myself',
			'sui cide'
		]) {
			expect(textNeedsAttention(text), text).toBe(true);
		}
	});

	it('matches whole words only', () => {
		for (const text of [
			'diet',
			'I am on a diet',
			'Trying to skill myself up',
			'studied myself into the ground',
			'the kills were clean (a game)',
			'40 kms to work each way',
			'I self-assessed my harms and benefits',
			'the dietitian came',
			'I fixed my selfie',
			'Hopelessly devoted'
		]) {
			expect(textNeedsAttention(text), text).toBe(false);
		}
	});

	// The idioms weighed: overwork and exasperation are not flagged.
	const idiomsNotFlagged = [
		'this shift killed me',
		"it's killing me",
		"I'm dead on my feet",
		'dead tired',
		'I could kill for a coffee',
		'you are killing it',
		'dying to see my kids',
		'I nearly died laughing',
		'the patient died',
		'Two patients died on my shift',
		'I killed myself to get the rota done',
		"I'm killing myself trying to keep up",
		"I'm killing myself for this department",
		'I nearly killed myself laughing',
		'kill me now',
		"I'd rather die than do another night shift",
		'I want to die of embarrassment',
		'I shot myself in the foot',
		'burning myself out',
		'drowning myself in paperwork',
		'cutting myself some slack',
		"I'm taking my life back",
		"I can't do this anymore",
		"I can't keep doing this",
		"I can't keep going at this pace",
		"I'm done",
		'I feel dead inside',
		'I want to sleep forever',
		"I'm so tired I could die",
		'I cut myself on a scalpel',
		'I hurt myself at the gym',
		'the patient took an overdose',
		"I don't want to die",
		"I don't want to live in London",
		"I can't go on leave",
		"I can't go on call tonight",
		"I can't go on at this pace",
		"I can't see a future in medicine",
		'thinking about death certificates',
		"I'm hopeless at rotas",
		'work-life balance is hopeless',
		"I'm not a burden",
		'they would miss me',
		"I don't care if I fail",
		'the team is better off without the locum',
		'I need to take all my pills every morning',
		'we discussed end of life care',
		'My patient talked about wanting to die with dignity',
		'I hung myself out to dry',
		'I won’t hang myself out to dry again',
		'I want to end it with my department'
	];

	it('leaves the idioms of overwork and exasperation alone', () => {
		for (const text of idiomsNotFlagged) expect(textNeedsAttention(text), text).toBe(false);
	});

	// The idioms weighed the other way: they use the very words of real intent, so they are
	// flagged, and the writer is privately offered resources they may not need.
	const idiomsFlagged = [
		"I'll kill myself if I have to do another audit",
		"I'm slowly killing myself",
		'I lose the will to live in these meetings',
		'Admitting burnout here would be career suicide',
		'A patient died by suicide',
		'the patient was admitted after self-harm',
		'I could jump off a bridge',
		'I want to die',
		"I don't want to live like this",
		"I can't go on like this",
		'I feel like a burden when I take leave'
	];

	it('flags, on purpose, the idioms that use the words of real intent', () => {
		for (const text of idiomsFlagged) expect(textNeedsAttention(text), text).toBe(true);
	});

	it('lets a clause break end an exception', () => {
		expect(textNeedsAttention("I can't go on leave")).toBe(false);
		expect(textNeedsAttention("I can't go on. Leave me alone")).toBe(true);
		expect(textNeedsAttention('I shot myself in the foot')).toBe(false);
		expect(textNeedsAttention('I want to shoot myself. In the foot? No.')).toBe(true);
	});

	it('does not flag an ordinary reflection', () => {
		for (const text of [
			'',
			'   ',
			'...!!!',
			'It was a long week on the ward. The team was kind, and I slept well on Sunday.',
			'I felt proud of how we handled the code, even though the patient died.',
			'I need more support from my consultant and a proper break between nights.',
			'My kids are the reason I keep going.',
			'Life is worth living when I get to see my family.',
			'I am learning to say no.'
		]) {
			expect(textNeedsAttention(text), text).toBe(false);
		}
	});

	it('reads a long answer quickly, wherever the words are', () => {
		const filler =
			'It was a long week on the ward and I could not keep up, but the team was kind. ';
		const long = filler.repeat(Math.ceil(1000 / filler.length)).slice(0, 1000);
		const started = performance.now();
		for (let i = 0; i < 200; i++) textNeedsAttention(long);
		expect((performance.now() - started) / 200).toBeLessThan(10);
		expect(textNeedsAttention(long)).toBe(false);
		expect(textNeedsAttention(`${long} I want to die`)).toBe(true);
		expect(textNeedsAttention(`I want to die ${long}`)).toBe(true);
		const huge = filler.repeat(2000);
		expect(textNeedsAttention(huge)).toBe(false);
		expect(textNeedsAttention(huge + 'suicide')).toBe(true);
	});
});

describe('wordNeedsAttention', () => {
	it('flags words that say much on their own in a word cloud', () => {
		for (const word of [
			'die',
			'DIE',
			'dieeee',
			'hopeless',
			'worthless',
			'hopelessness',
			'kill me',
			'end me',
			'end it',
			'no hope',
			'no way out',
			'noose',
			'so hopeless'
		]) {
			expect(wordNeedsAttention(word), word).toBe(true);
		}
	});

	it('flags what a text would flag', () => {
		for (const word of [
			'suicide',
			'suicidal',
			'kms',
			'unalive',
			'self-harm',
			'selfharm',
			'want to die',
			'kill myself',
			'cant go on',
			'i am a burden'
		]) {
			expect(wordNeedsAttention(word), word).toBe(true);
		}
	});

	it('leaves words of tiredness, and the deaths clinicians see, alone', () => {
		for (const word of [
			'dead',
			'dead tired',
			'dying',
			'died',
			'death',
			'exhausted',
			'numb',
			'drained',
			'done',
			'killing me',
			'killed it',
			'diet',
			'dice',
			"don't die",
			'overdose',
			'burnout'
		]) {
			expect(wordNeedsAttention(word), word).toBe(false);
		}
	});

	it('keeps "die" out of a long text, where it is too weak', () => {
		expect(wordNeedsAttention('die')).toBe(true);
		expect(textNeedsAttention('die')).toBe(false);
		expect(textNeedsAttention('The rota is hopeless, so I swapped')).toBe(false);
		expect(textNeedsAttention('I felt hopeless')).toBe(true);
		expect(wordNeedsAttention('hopeless')).toBe(true);
	});
});

describe('wordsNeedAttention', () => {
	it('flags an answer when any one word does', () => {
		expect(wordsNeedAttention(['tired', 'hopeless', 'hungry'])).toBe(true);
		expect(wordsNeedAttention(['suicidal'])).toBe(true);
		expect(wordsNeedAttention(['kind team', 'sunday', 'die'])).toBe(true);
	});

	it('flags an answer when the words read together do', () => {
		expect(wordsNeedAttention(['want', 'to', 'die'])).toBe(true);
		expect(wordsNeedAttention(['self', 'harm'])).toBe(true);
		expect(wordsNeedAttention(['kill', 'myself'])).toBe(true);
		expect(wordsNeedAttention(['better off', 'without me'])).toBe(true);
		expect(wordsNeedAttention(['kill', 'me'])).toBe(true);
	});

	it('leaves an ordinary answer alone', () => {
		expect(wordsNeedAttention(['tired', 'grateful', 'hungry'])).toBe(false);
		expect(wordsNeedAttention(['dead', 'tired'])).toBe(false);
		expect(wordsNeedAttention(['killing', 'it'])).toBe(false);
		expect(wordsNeedAttention(['dying', 'to', 'sleep'])).toBe(false);
		expect(wordsNeedAttention([])).toBe(false);
	});
});
