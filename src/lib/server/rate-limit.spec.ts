import { describe, expect, it } from 'vitest';
import { FailureLimiter, describeWait } from './rate-limit';

describe('FailureLimiter', () => {
	it('blocks after the limit and frees the key as failures age out', () => {
		let now = 1_000_000;
		const limiter = new FailureLimiter(3, 60_000, () => now);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfter('k')).toBe(0);
			limiter.recordFailure('k');
			now += 1000;
		}
		expect(limiter.retryAfter('k')).toBe(57_000);
		expect(limiter.retryAfter('other')).toBe(0);
		now += 57_000;
		expect(limiter.retryAfter('k')).toBe(0);
	});

	it('forgets a key on reset', () => {
		const limiter = new FailureLimiter(1, 60_000);
		limiter.recordFailure('k');
		expect(limiter.retryAfter('k')).toBeGreaterThan(0);
		limiter.reset('k');
		expect(limiter.retryAfter('k')).toBe(0);
	});

	it('describes waits in minutes', () => {
		expect(describeWait(10_000)).toBe('in a minute');
		expect(describeWait(14 * 60_000 + 1)).toBe('in 15 minutes');
	});
});
