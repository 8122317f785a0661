import type { RevealAdvice } from '$lib/prompts/guide';
import type { PromptDefinition } from '$lib/prompts/kinds';
import type { PromptTheme } from '$lib/prompts/themes';

/**
 * A built-in prompt. `slug` is its identity for ever: a change of wording keeps the slug
 * (the row is updated in place); a change of kind, options, labels or range needs a NEW
 * slug, and the old entry is simply removed from the file (its row is then retired: hidden
 * from search, kept for the sessions that used it).
 */
export interface LibraryPrompt {
	slug: string;
	theme: PromptTheme;
	definition: PromptDefinition;
	/**
	 * For the coach only. `purpose`: one line, why ask it. `before`: what to say before pushing
	 * it (a moment's script). `watch`: what to watch for in the answers and what to do then.
	 * `reveal`: whether to reveal the results, or read them first.
	 */
	guide: { purpose: string; before: string; watch: string; reveal: RevealAdvice };
	/**
	 * Shown under the prompt on the phone. Open-text prompts without one get the library's
	 * default ("no names or details needed").
	 */
	participantNote?: string;
	/**
	 * A measure (a scale or check-in) that a group's trend follows. Its wording is frozen too:
	 * rewording a measure needs a new slug (the new version), like a change of shape.
	 */
	measure?: true;
}

export interface LibraryPlan {
	slug: string;
	title: string;
	description: string;
	steps: { prompt: string; note?: string }[];
	/** The closing card's words; ready plans without their own get the library's. */
	closingNote?: string;
}
