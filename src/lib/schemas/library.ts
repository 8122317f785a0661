import * as v from 'valibot';
import { GUIDE_LIMITS, REVEAL_ADVICE } from '$lib/prompts/guide';
import { isPromptTheme } from '$lib/prompts/themes';

// The coach's own prompts and plans: what goes around a prompt definition (which
// $lib/prompts/kinds validates) and the fields of a plan.

export const NOTE_MAX = 200;
export const PLAN_TITLE_MAX = 120;
export const PLAN_DESCRIPTION_MAX = 500;

// Postgres refuses NUL in text, and other control characters cannot be shown: refuse them
// with a message rather than fail on insert. A loop, not a regular expression full of them.
function hasControlCharacter(text: string, allowLineBreaks: boolean): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x09 || code === 0x0a) {
			if (!allowLineBreaks) return true;
		} else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
			return true;
		}
	}
	return false;
}

const plainCharacters = 'Use ordinary characters only.';

/** A one-line note: runs of white space, line breaks included, become one space. */
const noteSchema = v.optional(
	v.pipe(
		v.string('The note must be text.'),
		v.transform((text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()),
		v.maxLength(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters or fewer.`),
		v.check((text) => !hasControlCharacter(text, false), plainCharacters)
	),
	''
);

/** A few lines for the coach: line breaks kept, at most `max` characters. */
function guideLines(max: number, what: string) {
	return v.optional(
		v.pipe(
			v.string(`${what} must be text.`),
			v.transform((text: string) =>
				text
					.normalize('NFC')
					.replace(/\r\n?/g, '\n')
					.replace(/\n{3,}/g, '\n\n')
					.trim()
			),
			v.maxLength(max, `Keep ${what.toLowerCase()} to ${max} characters or fewer.`),
			v.check((text) => !hasControlCharacter(text, true), plainCharacters)
		),
		''
	);
}

export const promptExtrasSchema = v.object({
	note: noteSchema,
	participantNote: noteSchema,
	before: guideLines(GUIDE_LIMITS.before, 'What to say before'),
	watch: guideLines(GUIDE_LIMITS.watch, 'What to watch for'),
	/** Empty: the default for the prompt's kind. */
	reveal: v.optional(
		v.picklist(['', ...REVEAL_ADVICE.map((entry) => entry.id)], 'Choose one of the options.'),
		''
	),
	theme: v.optional(
		v.pipe(
			v.string('Choose one of the themes listed.'),
			v.check((theme) => theme === '' || isPromptTheme(theme), 'Choose one of the themes listed.')
		),
		''
	)
});

export const stepNoteSchema = v.object({ note: noteSchema });

/** The closing card's words in a plan (the live session's limit is the same). */
export const CLOSING_NOTE_MAX = 500;

export const planSchema = v.object({
	title: v.pipe(
		v.string('Give the plan a title.'),
		v.transform((text: string) => text.normalize('NFC').trim()),
		v.nonEmpty('Give the plan a title.'),
		v.maxLength(PLAN_TITLE_MAX, `Keep the title to ${PLAN_TITLE_MAX} characters or fewer.`),
		v.check((text) => !hasControlCharacter(text, false), plainCharacters)
	),
	description: v.optional(
		v.pipe(
			v.string('The description must be text.'),
			v.transform((text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim()),
			v.maxLength(
				PLAN_DESCRIPTION_MAX,
				`Keep the description to ${PLAN_DESCRIPTION_MAX} characters or fewer.`
			),
			v.check((text) => !hasControlCharacter(text, true), plainCharacters)
		),
		''
	),
	/** A checkbox: the plan ends with a closing card. */
	closingCard: v.optional(v.string()),
	closingNote: v.optional(
		v.pipe(
			v.string('The closing card must be text.'),
			v.transform((text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim()),
			v.maxLength(
				CLOSING_NOTE_MAX,
				`Keep the closing card to ${CLOSING_NOTE_MAX} characters or fewer.`
			),
			v.check((text) => !hasControlCharacter(text, true), plainCharacters)
		),
		''
	)
});
