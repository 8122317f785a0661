import { describe, expect, it } from 'vitest';
import commonPasswords from './common-passwords.txt?raw';
import {
	checkPasswordPolicy,
	hashPassword,
	isCommonPassword,
	verifyPasswordHash
} from './password';

describe('passwords', () => {
	it('ships at least 1,000 common passwords and refuses them in any case', () => {
		const entries = commonPasswords.split('\n').filter((l) => l && !l.startsWith('#'));
		expect(entries.length).toBeGreaterThanOrEqual(1000);
		expect(isCommonPassword('password')).toBe(true);
		expect(isCommonPassword('SunShine')).toBe(true);
		expect(checkPasswordPolicy('iloveyou')).toMatch(/common/);
	});

	it('accepts 8 to 128 characters with no composition rules', () => {
		expect(checkPasswordPolicy('short')).toMatch(/at least 8/);
		expect(checkPasswordPolicy('all lower case words')).toBeNull();
		expect(checkPasswordPolicy('x'.repeat(128))).toBeNull();
		expect(checkPasswordPolicy('x'.repeat(129))).toMatch(/at most 128/);
		// Characters, not bytes: eight emoji are eight characters.
		expect(checkPasswordPolicy('🌿🌿🌿🌿🌿🌿🌿🌿')).toBeNull();
	});

	it('hashes with argon2id and verifies', async () => {
		const h = await hashPassword('a long quiet phrase');
		expect(h.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPasswordHash(h, 'a long quiet phrase')).toBe(true);
		expect(await verifyPasswordHash(h, 'a long quiet phrasE')).toBe(false);
		expect(await verifyPasswordHash('not a hash', 'x')).toBe(false);
	});

	it('runs a burst of hashes without failing (they queue two at a time)', async () => {
		const hashes = await Promise.all(
			Array.from({ length: 6 }, (_, i) => hashPassword(`burst ${i} phrase`))
		);
		expect(new Set(hashes).size).toBe(6);
	});
});
