import { describe, expect, it } from 'vitest';
import { describeGroupSessions, plural } from './counts';

describe('plural', () => {
	it('says one thing in the singular and every other number in the plural', () => {
		expect(plural(1, 'prompt')).toBe('1 prompt');
		expect(plural(0, 'prompt')).toBe('0 prompts');
		expect(plural(2, 'prompt')).toBe('2 prompts');
		expect(plural(1, 'phone has', 'phones have')).toBe('1 phone has');
		expect(plural(3, 'phone has', 'phones have')).toBe('3 phones have');
		expect(plural(1, 'person', 'people')).toBe('1 person');
		expect(plural(1200, 'answer')).toBe('1,200 answers');
	});
});

describe('describeGroupSessions', () => {
	it('counts only what is live now as live', () => {
		expect(describeGroupSessions(0, 0)).toEqual({ text: 'No sessions yet', live: null });
		// The group whose only session ended (or is still a draft) has nothing live.
		expect(describeGroupSessions(1, 0)).toEqual({ text: '1 session, none live', live: null });
		expect(describeGroupSessions(4, 0)).toEqual({ text: '4 sessions, none live', live: null });
		expect(describeGroupSessions(1, 1)).toEqual({ text: '1 session', live: 'Live now' });
		expect(describeGroupSessions(3, 2)).toEqual({ text: '3 sessions', live: '2 live now' });
	});
});
