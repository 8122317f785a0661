import { randomInt } from 'node:crypto';

// Read aloud across a room and typed on a phone: no 0/O or 1/I/L to confuse.
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

const IN_ALPHABET = new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`);
// Spaces, and the dashes a phone keyboard may substitute for a hyphen.
const SEPARATORS = /[\s\u002D\u2010-\u2015\u2212]/g;

/** randomInt draws without modulo bias, so every code is equally likely. */
export function generateJoinCode(length = JOIN_CODE_LENGTH): string {
	let code = '';
	for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	return code;
}

/**
 * Accepts what someone may type or a link may carry — lower case, spaces, dashes, full-width
 * letters — and returns the canonical code, or null. Characters outside the alphabet are not
 * guessed at (an O could have meant 0 or Q), so such input is not a code.
 */
export function normalizeJoinCode(input: unknown): string | null {
	// Any longer is not someone typing a code; do no work on it.
	if (typeof input !== 'string' || input.length > 64) return null;
	const code = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
	return code.length === JOIN_CODE_LENGTH && IN_ALPHABET.test(code) ? code : null;
}

/** 'ABCDEF' → 'ABC DEF', for reading aloud and for the room display. */
export function formatJoinCode(code: string): string {
	return code.match(/.{1,3}/g)?.join(' ') ?? '';
}
