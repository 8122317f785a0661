import { describe, it, expect } from 'vitest';
import {
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LENGTH,
	formatJoinCode,
	generateJoinCode,
	normalizeJoinCode
} from './join-code';

describe('JOIN_CODE_ALPHABET', () => {
	it('leaves out characters that are easy to confuse', () => {
		for (const confusable of ['0', 'O', '1', 'I', 'L']) {
			expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
		}
		expect(JOIN_CODE_ALPHABET).toHaveLength(31);
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
	});
});

describe('generateJoinCode', () => {
	it('makes six characters from the alphabet', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateJoinCode();
			expect(code).toHaveLength(JOIN_CODE_LENGTH);
			expect(normalizeJoinCode(code)).toBe(code);
		}
		expect(generateJoinCode(10)).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{10}$`));
	});

	it('uses every character of the alphabet, about equally often', () => {
		const tally = new Map<string, number>();
		const codes = 3100;
		for (let i = 0; i < codes; i++) {
			for (const char of generateJoinCode()) tally.set(char, (tally.get(char) ?? 0) + 1);
		}
		expect([...tally.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
		// 600 expected each, standard deviation about 24: 150 is a margin of about six.
		for (const count of tally.values()) expect(Math.abs(count - 600)).toBeLessThan(150);
	});

	it('does not repeat itself', () => {
		const codes = new Set(Array.from({ length: 1000 }, () => generateJoinCode()));
		expect(codes.size).toBeGreaterThan(995);
	});
});

describe('normalizeJoinCode', () => {
	it('accepts lower case, spaces and dashes', () => {
		expect(normalizeJoinCode('ABCDEF')).toBe('ABCDEF');
		expect(normalizeJoinCode('abc def')).toBe('ABCDEF');
		expect(normalizeJoinCode(' abc-def ')).toBe('ABCDEF');
		expect(normalizeJoinCode('ab–cd—e f')).toBe('ABCDEF');
		expect(normalizeJoinCode('k7m\t2p9')).toBe('K7M2P9');
		expect(normalizeJoinCode('ＡＢＣＤＥＦ')).toBe('ABCDEF');
	});

	it('rejects characters outside the alphabet rather than guessing', () => {
		for (const input of ['ABCDE0', 'ABCDEO', 'ABCDE1', 'abcdei', 'ABCDEl', 'ABC.DE', 'ABCDE!']) {
			expect(normalizeJoinCode(input)).toBeNull();
		}
	});

	it('rejects the wrong length and anything that is not a string', () => {
		for (const input of ['ABCDE', 'ABCDEFG', '', '   ', 'A'.repeat(100_000), null, undefined]) {
			expect(normalizeJoinCode(input)).toBeNull();
		}
		for (const input of [123456, ['ABCDEF'], { code: 'ABCDEF' }, true]) {
			expect(normalizeJoinCode(input)).toBeNull();
		}
	});
});

describe('formatJoinCode', () => {
	it('splits the code in two for reading aloud', () => {
		expect(formatJoinCode('ABCDEF')).toBe('ABC DEF');
		expect(formatJoinCode('K7M2P9')).toBe('K7M 2P9');
		expect(normalizeJoinCode(formatJoinCode('K7M2P9'))).toBe('K7M2P9');
	});
});
