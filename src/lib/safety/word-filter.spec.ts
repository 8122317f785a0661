import { describe, expect, it } from 'vitest';
import {
	SHIPPED_FILTER_WORDS,
	isFilteredWord,
	maskText,
	normalizeFilterWords
} from './word-filter';

const MASK = '\u2022\u2022\u2022';

describe('SHIPPED_FILTER_WORDS', () => {
	it('is short, normalized and cannot be changed', () => {
		expect(SHIPPED_FILTER_WORDS.length).toBeGreaterThan(10);
		expect(SHIPPED_FILTER_WORDS.length).toBeLessThan(40);
		expect(normalizeFilterWords(SHIPPED_FILTER_WORDS)).toEqual([...SHIPPED_FILTER_WORDS]);
		expect(Object.isFrozen(SHIPPED_FILTER_WORDS)).toBe(true);
	});

	it('leaves out words with an innocent everyday meaning', () => {
		for (const word of ['hell', 'damn', 'crap', 'bloody', 'fag', 'prick', 'chink', 'dick']) {
			expect(SHIPPED_FILTER_WORDS, word).not.toContain(word);
		}
	});
});

describe('normalizeFilterWords', () => {
	it('trims, lowercases and collapses spaces', () => {
		expect(normalizeFilterWords(['  Dr Smith ', 'CHIEF\t  Resident', 'Ward 7'])).toEqual([
			'dr smith',
			'chief resident',
			'ward 7'
		]);
	});

	it('drops blanks, duplicates and entries with no letter or digit', () => {
		expect(normalizeFilterWords(['', '   ', 'Bob', 'bob', ' BOB ', '!!!', '—', 'bob2'])).toEqual([
			'bob',
			'bob2'
		]);
	});

	it('treats composed and decomposed accents as one entry', () => {
		expect(normalizeFilterWords(['café', 'cafe\u0301'])).toEqual(['café']);
	});

	it('drops entries over 40 characters rather than cutting them', () => {
		const forty = 'a'.repeat(40);
		expect(normalizeFilterWords([forty, `${forty}b`, 'ok'])).toEqual([forty, 'ok']);
	});

	it('keeps at most 200 entries, the first ones', () => {
		const many = Array.from({ length: 250 }, (_, i) => `name${i}`);
		const kept = normalizeFilterWords(many);
		expect(kept).toHaveLength(200);
		expect(kept[0]).toBe('name0');
		expect(kept.at(-1)).toBe('name199');
	});

	it('ignores anything that is not a string', () => {
		expect(normalizeFilterWords([42, null, 'ok'] as unknown as string[])).toEqual(['ok']);
	});
});

describe('maskText', () => {
	it('masks whole words and keeps everything around them', () => {
		expect(maskText('What the fuck, honestly.', [])).toEqual({
			text: `What the ${MASK}, honestly.`,
			masked: 1
		});
		expect(maskText('  Shit!\n\nShit?  ', [])).toEqual({
			text: `  ${MASK}!\n\n${MASK}?  `,
			masked: 2
		});
		expect(maskText('"bastard" (twice: bastard)', [])).toEqual({
			text: `"${MASK}" (twice: ${MASK})`,
			masked: 2
		});
	});

	it('uses three bullets, U+2022', () => {
		expect(maskText('shit', []).text).toBe('\u2022\u2022\u2022');
	});

	it('returns the text untouched when nothing is masked', () => {
		const text = 'A calm week. The team was kind.';
		expect(maskText(text, [])).toEqual({ text, masked: 0 });
		expect(maskText('', ['bob'])).toEqual({ text: '', masked: 0 });
	});

	it('ignores case', () => {
		expect(maskText('FUCK Fuck fUcK', [])).toEqual({ text: `${MASK} ${MASK} ${MASK}`, masked: 3 });
		expect(maskText('Dr SMITH again', ['dr smith']).text).toBe(`${MASK} again`);
		expect(maskText('Dr Smith again', ['DR SMITH']).text).toBe(`${MASK} again`);
	});

	it('masks the plain English endings of a listed word', () => {
		for (const text of [
			'fucking',
			'fucked',
			'fucker',
			'fuckers',
			'fucks',
			'fuckin',
			'shitty',
			'shitting',
			'shits',
			'bitches',
			'bitchy',
			'asses',
			'whores',
			'whoring',
			'trannies',
			'retarded',
			'bullshitting',
			'motherfucker',
			'motherfucking'
		]) {
			expect(maskText(text, []), text).toEqual({ text: MASK, masked: 1 });
		}
		expect(maskText('the chief residents met', ['chief resident']).text).toBe(`the ${MASK} met`);
		expect(maskText("Bill's list, the bills", ['bill']).text).toBe(`${MASK}'s list, the ${MASK}`);
	});

	it('follows English spelling, so a short name does not mask ordinary words', () => {
		expect(maskText('timing, timed, times and Tim', ['tim']).text).toBe(
			`timing, timed, times and ${MASK}`
		);
		expect(maskText('Tims and Timmy', ['tim']).text).toBe(`${MASK} and ${MASK}`);
		expect(maskText('Kevin and Kev', ['kev']).text).toBe(`Kevin and ${MASK}`);
		// The price of endings, accepted: a name that is also a word masks that word's forms.
		expect(maskText('billing', ['bill']).masked).toBe(1);
	});

	it('never masks inside another word', () => {
		for (const text of [
			'class',
			'classic passage',
			'assessment',
			'Scunthorpe',
			'shell',
			"he'll",
			'cocktail',
			'spicy',
			'dickens',
			'shitake',
			'therapist',
			'bassist',
			'wanted',
			'titanic',
			'Essex'
		]) {
			expect(maskText(text, []), text).toEqual({ text, masked: 0 });
		}
		expect(maskText('Bobcats and Bob', ['bob']).text).toBe(`Bobcats and ${MASK}`);
		expect(maskText('ward 70 and ward 7', ['ward 7']).text).toBe(`ward 70 and ${MASK}`);
	});

	it('masks a phrase across any spacing, line break or hyphen', () => {
		const extra = ['chief resident'];
		for (const text of [
			'chief resident',
			'Chief  Resident',
			'chief\nresident',
			'chief-resident',
			'chief\u00a0resident'
		]) {
			expect(maskText(`the ${text}!`, extra), text).toEqual({ text: `the ${MASK}!`, masked: 1 });
		}
		expect(maskText('the chief said', extra).masked).toBe(0);
		expect(maskText('the resident said', extra).masked).toBe(0);
	});

	it('prefers the longer entry where two begin together', () => {
		expect(maskText('the chief resident and the chief', ['chief', 'chief resident'])).toEqual({
			text: `the ${MASK} and the ${MASK}`,
			masked: 2
		});
	});

	it('sees through accents, compatibility forms and invisible characters, replacing all of it', () => {
		expect(maskText('ｆｕｃｋ this', []).text).toBe(`${MASK} this`);
		expect(maskText('fück this', []).text).toBe(`${MASK} this`);
		expect(maskText('fu\u0308ck this', []).text).toBe(`${MASK} this`);
		expect(maskText('fu\u200bck this', []).text).toBe(`${MASK} this`);
		expect(maskText('shit\u0301 day', []).text).toBe(`${MASK} day`);
		expect(maskText('Zoë came', ['zoe']).text).toBe(`${MASK} came`);
		expect(maskText('Zoe came', ['zoë']).text).toBe(`${MASK} came`);
		expect(maskText("O’Brien and O'Brien", ["o'brien"]).text).toBe(`${MASK} and ${MASK}`);
	});

	it('keeps characters outside the basic plane intact around a mask', () => {
		expect(maskText('😤 shit 😤', [])).toEqual({ text: `😤 ${MASK} 😤`, masked: 1 });
		expect(maskText('𝒜 Bob 𝒜', ['bob']).text).toBe(`𝒜 ${MASK} 𝒜`);
	});

	it('treats an entry as text, not as a pattern', () => {
		expect(maskText('a.b and axb', ['a.b']).text).toBe(`${MASK} and axb`);
		expect(maskText('c++ and c', ['c++']).text).toBe(`${MASK} and c`);
		expect(maskText('(x) and x', ['(x)']).masked).toBe(1);
	});

	it('masks the shipped list whatever the extra list holds', () => {
		expect(maskText('shit, Bob', ['bob']).text).toBe(`${MASK}, ${MASK}`);
		expect(maskText('shit', ['   ', '']).text).toBe(MASK);
	});

	it('stays right as many different lists come and go', () => {
		for (let i = 0; i < 120; i++) {
			expect(maskText(`name${i} and name${i + 1}`, [`name${i}`]).text).toBe(
				`${MASK} and name${i + 1}`
			);
		}
		expect(maskText('name0 and name1', ['name0']).text).toBe(`${MASK} and name1`);
	});

	it('masks a long text with a full list quickly', () => {
		const extra = Array.from({ length: 200 }, (_, i) => `colleague${i}`);
		const text = 'A long week with colleague7 and a shitty rota. '.repeat(25).slice(0, 1000);
		const started = performance.now();
		let result = maskText(text, extra);
		for (let i = 0; i < 200; i++) result = maskText(text, extra);
		expect((performance.now() - started) / 200).toBeLessThan(10);
		expect(result.text).not.toContain('colleague7');
		expect(result.text).not.toContain('shitty');
		expect(result.masked).toBeGreaterThan(20);
	});
});

describe('isFilteredWord', () => {
	it('is true for a word cloud entry holding a filtered word', () => {
		expect(isFilteredWord('fucking tired', [])).toBe(true);
		expect(isFilteredWord('Shit', [])).toBe(true);
		expect(isFilteredWord('ward 7', ['ward 7'])).toBe(true);
		expect(isFilteredWord('dr smith', ['Dr Smith'])).toBe(true);
	});

	it('is false otherwise', () => {
		expect(isFilteredWord('classy', [])).toBe(false);
		expect(isFilteredWord('tired', [])).toBe(false);
		expect(isFilteredWord('ward 70', ['ward 7'])).toBe(false);
		expect(isFilteredWord('', ['bob'])).toBe(false);
	});
});
