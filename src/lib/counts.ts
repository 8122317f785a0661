// Counts as people read them: "1 prompt", "2 prompts", "1 phone has joined".

const number = new Intl.NumberFormat('en');

/** `n` with the word that fits it: plural(1, 'prompt') → "1 prompt", plural(2, 'prompt') → "2 prompts". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${number.format(n)} ${n === 1 ? one : many}`;
}

/**
 * What a dashboard card says about a group's live sessions: how many there are, and whether
 * one is live right now (a draft or an ended session is not).
 */
export function describeGroupSessions(
	total: number,
	liveNow: number
): { text: string; live: string | null } {
	if (total === 0) return { text: 'No sessions yet', live: null };
	if (liveNow === 0) return { text: `${plural(total, 'session')}, none live`, live: null };
	return {
		text: plural(total, 'session'),
		live: liveNow === 1 ? 'Live now' : `${liveNow} live now`
	};
}
