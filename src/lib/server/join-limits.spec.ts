import { describe, expect, it } from 'vitest';
import { joinCodeRetryMessage, recordWrongJoinCode } from './join-limits';

describe('wrong join codes', () => {
	it('are limited per client address, counting failures only', () => {
		const address = '198.51.100.7';
		for (let i = 0; i < 29; i++) recordWrongJoinCode(address);
		expect(joinCodeRetryMessage(address)).toBeNull();
		recordWrongJoinCode(address);
		expect(joinCodeRetryMessage(address)).toMatch(
			/Too many codes that did not match\. Please try again in/
		);
		// Another address (another ward) is not affected.
		expect(joinCodeRetryMessage('198.51.100.8')).toBeNull();
	});
});
