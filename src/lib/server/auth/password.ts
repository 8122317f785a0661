import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX, PASSWORD_MIN } from '$lib/schemas/auth';
// Inlined into the server bundle at build time (a list of the most common passwords).
import commonPasswordsText from './common-passwords.txt?raw';

// argon2id with OWASP's minimum (m=19456 KiB, t=2, p=1). Each hash holds ~19 MiB, so at
// most MAX_CONCURRENT_HASHES run at once and the rest queue: a burst of logins cannot
// exhaust memory or starve the event loop's thread pool.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const MAX_CONCURRENT_HASHES = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
	if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((r) => waiting.push(r));
	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

export function hashPassword(password: string): Promise<string> {
	return withHashSlot(() => hash(password, ARGON2_OPTIONS));
}

export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await withHashSlot(() => verify(passwordHash, password));
	} catch {
		return false;
	}
}

/** A hash to verify against when no account matches, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
	dummyHash ??= hash('huddle-no-such-account', ARGON2_OPTIONS);
	return dummyHash.then((h) => verifyPasswordHash(h, password)).then(() => false);
}

/** Why a new password is refused, in words for the person typing it; null when fine. */
export function checkPasswordPolicy(password: string): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
	if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
	if (isCommonPassword(password)) {
		return 'This password is one of the most common ones, so it is easy to guess. Try a longer phrase of your own.';
	}
	return null;
}

let common: Set<string> | undefined;
export function isCommonPassword(password: string): boolean {
	common ??= loadCommonPasswords();
	return common.has(password.toLowerCase());
}

function loadCommonPasswords(): Set<string> {
	return new Set(
		commonPasswordsText
			.split('\n')
			.map((line) => line.trim().toLowerCase())
			.filter((line) => line && !line.startsWith('#'))
	);
}
