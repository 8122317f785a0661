import * as v from 'valibot';

// A prompt's facilitation guide, for the coach only (browser-safe). The one-line purpose is
// the prompt's `note`; the rest is structured so the console can lay it out the same way for
// every prompt: what to say before pushing it, what to watch for in the answers, and whether
// (and how) to reveal the results to the room. Phones never receive any of it.

export const REVEAL_ADVICE = [
	{ id: 'reveal', label: 'Reveal when answering closes' },
	{ id: 'read-first', label: 'Read it yourself before revealing' },
	{ id: 'coach-only', label: 'For you: no need to reveal' }
] as const;

export type RevealAdvice = (typeof REVEAL_ADVICE)[number]['id'];

export const GUIDE_LIMITS = { purpose: 160, before: 400, watch: 300 } as const;

export interface FacilitationGuide {
	/** What to say before pushing it; for a moment, the coach's script. */
	before: string;
	/** What to watch for in the answers, and what to do then. */
	watch: string;
	reveal: RevealAdvice;
}

export const EMPTY_GUIDE: FacilitationGuide = { before: '', watch: '', reveal: 'reveal' };

export function getRevealAdviceLabel(reveal: RevealAdvice): string {
	return REVEAL_ADVICE.find((entry) => entry.id === reveal)?.label ?? reveal;
}

/** What a coach's prompt gets unless they choose: written answers are read before the room sees them. */
export function defaultRevealFor(kind: string): RevealAdvice {
	if (kind === 'moment') return 'coach-only';
	return kind === 'text' || kind === 'words' ? 'read-first' : 'reveal';
}

// Line breaks are kept (a script may have a few lines); other control characters are not.
function isPlainText(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return false;
		if (code >= 0xd800 && code <= 0xdfff) {
			const next = text.charCodeAt(i + 1);
			if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
			i++;
		}
	}
	return true;
}

function guideText(max: number, what: string) {
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim()),
		v.maxLength(max, `Keep ${what} to ${max} characters or fewer.`),
		v.check(
			isPlainText,
			`${what[0]!.toUpperCase()}${what.slice(1)} contains characters that cannot be shown.`
		)
	);
}

export const guideSchema = v.object({
	purpose: guideText(GUIDE_LIMITS.purpose, 'the purpose'),
	before: guideText(GUIDE_LIMITS.before, 'what to say before'),
	watch: guideText(GUIDE_LIMITS.watch, 'what to watch for'),
	reveal: v.picklist(
		REVEAL_ADVICE.map((entry) => entry.id),
		'Choose whether to reveal.'
	)
});

export type GuideInput = v.InferOutput<typeof guideSchema>;
