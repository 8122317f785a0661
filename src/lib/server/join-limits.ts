import { FailureLimiter, describeWait } from '$lib/server/rate-limit';

// Wrong join codes, per client address. Only failures count, so a whole ward behind one
// hospital address can join at once; 30 wrong codes in 10 minutes makes guessing a
// 6-character code (31^6 possibilities) hopeless.
const wrongCodes = new FailureLimiter(30, 10 * 60_000);

export function joinCodeRetryMessage(address: string): string | null {
	const wait = wrongCodes.retryAfter(address);
	return wait > 0
		? `Too many codes that did not match. Please try again ${describeWait(wait)}.`
		: null;
}

export function recordWrongJoinCode(address: string) {
	wrongCodes.recordFailure(address);
}
