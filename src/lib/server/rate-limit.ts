// Counters of failures in a sliding window, kept in memory only: client addresses are never
// stored next to anything else (least of all participants), and a restart forgetting them is fine.
// Nothing locks forever; a key is free again once its oldest failures age out.

export class FailureLimiter {
	private readonly failures = new Map<string, number[]>();

	constructor(
		readonly maxFailures: number,
		readonly windowMs: number,
		private readonly now: () => number = Date.now
	) {}

	/** Milliseconds until `key` may try again, or 0 when it may try now. */
	retryAfter(key: string): number {
		const times = this.recent(key);
		if (times.length < this.maxFailures) return 0;
		return Math.max(1, times[times.length - this.maxFailures]! + this.windowMs - this.now());
	}

	recordFailure(key: string) {
		const times = this.recent(key);
		times.push(this.now());
		this.failures.set(key, times);
		if (this.failures.size > 50_000) this.sweep();
	}

	reset(key: string) {
		this.failures.delete(key);
	}

	private recent(key: string): number[] {
		const since = this.now() - this.windowMs;
		const times = (this.failures.get(key) ?? []).filter((t) => t > since);
		if (times.length === 0) this.failures.delete(key);
		return times;
	}

	private sweep() {
		for (const key of [...this.failures.keys()]) this.recent(key);
	}
}

/** "in 3 minutes" / "in a minute" — for messages that tell a person when to try again. */
export function describeWait(ms: number): string {
	const minutes = Math.ceil(ms / 60_000);
	return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
}
