import * as v from 'valibot';

// Shared by form actions, socket handlers and components, so nothing here may import from node.
// Every parser takes `unknown` (a socket payload can be anything) and never throws.

export const PROMPT_KINDS = [
	{ kind: 'text', label: 'Open text' },
	{ kind: 'scale', label: 'Scale' },
	{ kind: 'single', label: 'Single choice' },
	{ kind: 'multiple', label: 'Multiple choice' },
	{ kind: 'words', label: 'A few words' },
	{ kind: 'checkin', label: 'Check-in' },
	{ kind: 'moment', label: 'A moment (nothing to answer)' }
] as const satisfies readonly { kind: string; label: string }[];

export const PROMPT_LIMITS = {
	text: 300,
	scaleLowest: -10,
	scaleHighest: 20,
	scaleSteps: 20,
	scaleLabel: 40,
	minOptions: 2,
	maxOptions: 8,
	option: 80,
	checkinLabels: 5,
	checkinLabel: 40,
	answerText: 1000,
	maxWords: 3,
	word: 30,
	momentShortest: 10,
	momentLongest: 900
} as const;

const L = PROMPT_LIMITS;

export function isPromptKind(value: unknown): value is PromptKind {
	return PROMPT_KINDS.some((entry) => entry.kind === value);
}

export function getPromptKindLabel(kind: PromptKind): string {
	return PROMPT_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}

// NUL and other control characters cannot be stored in Postgres text or shown sensibly, and a
// lone surrogate makes Postgres reject the whole row: refuse them rather than store a corrupted
// answer. A loop rather than a regular expression with control characters in it.
function hasUnsafeCharacter(text: string, allowLineBreaks: boolean): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20) {
			if (!(allowLineBreaks && (code === 0x09 || code === 0x0a))) return true;
		} else if (code >= 0x7f && code <= 0x9f) {
			return true;
		} else if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
			i++;
		} else if (code >= 0xdc00 && code <= 0xdfff) {
			return true;
		}
	}
	return false;
}

function isSafeMultiline(text: string): boolean {
	return !hasUnsafeCharacter(text, true);
}

function isSafeSingleLine(text: string): boolean {
	return !hasUnsafeCharacter(text, false);
}

function normalizeText(text: string): string {
	return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

function foldCase(text: string): string {
	return text.normalize('NFC').toLowerCase().normalize('NFC');
}

type Message = string;

/** A trimmed, NFC-normalised string. `required` is used for a missing, non-string or blank value. */
function textField(max: number, m: { required: Message; tooLong: Message; unsafe: Message }) {
	return v.pipe(
		v.string(m.required),
		v.transform(normalizeText),
		v.minLength(1, m.required),
		v.maxLength(max, m.tooLong),
		v.check(isSafeMultiline, m.unsafe)
	);
}

function lineField(max: number, m: { required: Message; tooLong: Message; unsafe: Message }) {
	return v.pipe(
		v.string(m.required),
		v.transform((text: string) => text.normalize('NFC').trim()),
		v.minLength(1, m.required),
		v.maxLength(max, m.tooLong),
		v.check(isSafeSingleLine, m.unsafe)
	);
}

/**
 * An array whose length is checked before any item is looked at, so a payload of ten thousand
 * items costs one comparison and yields one message instead of ten thousand.
 */
function boundedArray<TItem extends v.GenericSchema>(
	item: TItem,
	min: number,
	max: number,
	message: Message
) {
	return v.pipe(
		v.unknown(),
		v.check((input) => Array.isArray(input) && input.length >= min && input.length <= max, message),
		v.array(item, message)
	);
}

function wholeNumber(message: Message, min: number, max: number, rangeMessage: Message) {
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, rangeMessage),
		v.maxValue(max, rangeMessage)
	);
}

const promptText = textField(L.text, {
	required: 'Write the prompt.',
	tooLong: `Keep the prompt to ${L.text} characters or fewer.`,
	unsafe: 'The prompt contains characters that cannot be shown.'
});

function scaleLabel(end: 'lowest' | 'highest') {
	return lineField(L.scaleLabel, {
		required: `Give a label for the ${end} value.`,
		tooLong: `Keep the label to ${L.scaleLabel} characters or fewer.`,
		unsafe: 'Keep the label to one line of ordinary characters.'
	});
}

const optionsMessage = `Give between ${L.minOptions} and ${L.maxOptions} options.`;

const option = lineField(L.option, {
	required: 'Write each option, or remove it.',
	tooLong: `Keep each option to ${L.option} characters or fewer.`,
	unsafe: 'Keep each option to one line of ordinary characters.'
});

const checkinLabelsMessage = `Give exactly ${L.checkinLabels} labels, one per line.`;

const checkinLabel = lineField(L.checkinLabel, {
	required: 'Write each label.',
	tooLong: `Keep each label to ${L.checkinLabel} characters or fewer.`,
	unsafe: 'Keep each label to one line of ordinary characters.'
});

const scaleEndRange = `Use a number from ${L.scaleLowest} to ${L.scaleHighest}.`;

function inScaleRange(n: number): boolean {
	return Number.isInteger(n) && n >= L.scaleLowest && n <= L.scaleHighest;
}

const textDefinitionSchema = v.object({ kind: v.literal('text'), text: promptText });

const scaleDefinitionSchema = v.pipe(
	v.object({
		kind: v.literal('scale'),
		text: promptText,
		min: wholeNumber(
			'Enter a whole number for the lowest value.',
			L.scaleLowest,
			L.scaleHighest,
			scaleEndRange
		),
		max: wholeNumber(
			'Enter a whole number for the highest value.',
			L.scaleLowest,
			L.scaleHighest,
			scaleEndRange
		),
		minLabel: scaleLabel('lowest'),
		maxLabel: scaleLabel('highest')
	}),
	// Only compared once both ends are valid on their own, so one mistake gives one message.
	v.forward(
		v.check(
			({ min, max }) => !inScaleRange(min) || !inScaleRange(max) || min < max,
			'The highest value needs to be above the lowest.'
		),
		['max']
	),
	v.forward(
		v.check(
			({ min, max }) =>
				!inScaleRange(min) || !inScaleRange(max) || min >= max || max - min <= L.scaleSteps,
			`A scale can have at most ${L.scaleSteps} steps, for example 0 to ${L.scaleSteps}.`
		),
		['max']
	)
);

const choiceOptions = v.pipe(
	boundedArray(option, L.minOptions, L.maxOptions, optionsMessage),
	v.check(
		(options) => new Set(options.map(foldCase)).size === options.length,
		'Each option needs to be different.'
	)
);

const singleDefinitionSchema = v.object({
	kind: v.literal('single'),
	text: promptText,
	options: choiceOptions
});

const multipleDefinitionSchema = v.object({
	kind: v.literal('multiple'),
	text: promptText,
	options: choiceOptions
});

const wordsDefinitionSchema = v.object({ kind: v.literal('words'), text: promptText });

const checkinDefinitionSchema = v.object({
	kind: v.literal('checkin'),
	text: promptText,
	labels: boundedArray(checkinLabel, L.checkinLabels, L.checkinLabels, checkinLabelsMessage)
});

// A moment asks nothing: timed silence, a grounding exercise, a self-compassion break. Phones
// show its words on a calm screen; the coach's script is the prompt's guide.
const momentDefinitionSchema = v.object({
	kind: v.literal('moment'),
	text: promptText,
	seconds: wholeNumber(
		'Enter the length in whole seconds.',
		L.momentShortest,
		L.momentLongest,
		`A moment lasts from ${L.momentShortest} seconds to ${L.momentLongest / 60} minutes.`
	)
});

export const promptDefinitionSchema = v.variant(
	'kind',
	[
		textDefinitionSchema,
		scaleDefinitionSchema,
		singleDefinitionSchema,
		multipleDefinitionSchema,
		wordsDefinitionSchema,
		checkinDefinitionSchema,
		momentDefinitionSchema
	],
	'Choose a kind of prompt.'
);

const DEFINITION_KEYS = [
	'kind',
	'text',
	'min',
	'max',
	'minLabel',
	'maxLabel',
	'options',
	'labels',
	'seconds'
];

export function parsePromptDefinition(input: unknown): PromptDefinitionResult {
	try {
		const picked = pickOwn(input, DEFINITION_KEYS);
		const result = v.safeParse(promptDefinitionSchema, picked);
		if (result.success) return { ok: true, value: result.output };
		const fields = collectFieldErrors(result.issues, 'kind');
		// Without a kind the other fields cannot be checked, but every kind has a text.
		if (fields.kind && isRecord(picked)) {
			const text = v.safeParse(promptText, picked.text);
			if (!text.success) Object.assign(fields, collectFieldErrors(text.issues, 'text'));
		}
		return { ok: false, error: 'invalid_prompt', fields };
	} catch {
		return { ok: false, error: 'invalid_prompt', fields: { kind: 'Choose a kind of prompt.' } };
	}
}

/**
 * Reads the prompt editor's fields: `options` and `labels` are textareas with one entry per
 * line (blank lines ignored); `min` and `max` arrive as strings.
 */
export function promptDefinitionFromForm(form: FormData): PromptDefinitionResult {
	return parsePromptDefinition({
		kind: formString(form, 'kind'),
		text: formString(form, 'text'),
		min: formNumber(form, 'min'),
		max: formNumber(form, 'max'),
		minLabel: formString(form, 'minLabel'),
		maxLabel: formString(form, 'maxLabel'),
		options: formLines(form, 'options'),
		labels: formLines(form, 'labels'),
		seconds: formNumber(form, 'seconds')
	});
}

function formString(form: FormData, name: string): string | undefined {
	const value = form.get(name);
	return typeof value === 'string' ? value : undefined;
}

function formNumber(form: FormData, name: string): number | undefined {
	const value = formString(form, name)?.trim();
	if (!value) return undefined;
	// Not Number(): it would read '0x10' as 16 and '1e1' as 10. NaN fails the number check.
	return /^[-+]?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

function formLines(form: FormData, name: string): string[] {
	return form
		.getAll(name)
		.filter((value): value is string => typeof value === 'string')
		.flatMap((value) => value.split(/\r\n|\r|\n/))
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

// ---------------------------------------------------------------------------------------------
// Answers

function answerSchema(def: PromptDefinition) {
	switch (def.kind) {
		case 'text': {
			const message = 'Write something, or pass.';
			return v.object(
				{
					text: textField(L.answerText, {
						required: message,
						tooLong: `Keep your answer to ${L.answerText} characters or fewer.`,
						unsafe: 'Your answer contains characters that cannot be shown.'
					})
				},
				message
			);
		}
		case 'scale': {
			const message = `Choose a value from ${def.min} to ${def.max}.`;
			return v.object({ value: wholeAnswer(message, def.min, def.max) }, message);
		}
		case 'checkin': {
			const message = 'Choose one of the five.';
			return v.object({ value: wholeAnswer(message, 1, L.checkinLabels) }, message);
		}
		case 'single': {
			const message = 'Choose one of the options.';
			return v.object({ choice: wholeAnswer(message, 0, def.options.length - 1) }, message);
		}
		case 'multiple': {
			const message = 'Choose one or more of the options.';
			const choices = boundedArray(
				wholeAnswer('Choose from the options shown.', 0, def.options.length - 1),
				1,
				def.options.length,
				message
			);
			return v.object(
				{
					choices: v.pipe(
						choices,
						// Order and repeats say nothing but how someone tapped: keep the set only.
						v.transform((list) => [...new Set(list)].sort((a, b) => a - b))
					)
				},
				message
			);
		}
		case 'words': {
			const message = `Give 1 to ${L.maxWords} words.`;
			const word = v.pipe(
				v.string('Each word needs to be text.'),
				v.transform((text: string) => foldCase(text).replace(/\s+/g, ' ').trim()),
				v.maxLength(L.word, `Keep each word to ${L.word} characters or fewer.`),
				v.check(isSafeSingleLine, 'A word contains characters that cannot be shown.')
			);
			return v.object(
				{
					words: v.pipe(
						boundedArray(word, 1, L.maxWords, message),
						// A blank box among the three is not a mistake, and one person repeating a
						// word should not look like several people saying it.
						v.transform((list) => [...new Set(list.filter((text) => text !== ''))]),
						v.minLength(1, message)
					)
				},
				message
			);
		}
		case 'moment': {
			const message = 'A moment has nothing to answer.';
			return v.object({ none: v.custom<never>(() => false, message) }, message);
		}
	}
}

function wholeAnswer(message: Message, min: number, max: number) {
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(max, message),
		// -0 survives JSON.parse and would otherwise be a distinct value in memory.
		v.transform((n: number) => n + 0)
	);
}

/** The field a whole-answer problem is reported under, per kind. */
export const ANSWER_ROOT_KEY: Record<PromptKind, string> = {
	text: 'text',
	scale: 'value',
	checkin: 'value',
	single: 'choice',
	multiple: 'choices',
	words: 'words',
	moment: 'none'
};

/** Parses a participant's answer to `def`. A pass is not an answer and never reaches here. */
export function parseAnswer<D extends PromptDefinition>(
	def: D,
	input: unknown
): AnswerResult<AnswerValueFor<D['kind']>> {
	const rootKey = ANSWER_ROOT_KEY[def.kind] ?? 'answer';
	try {
		const schema = answerSchema(def);
		const keys = Object.keys(schema.entries);
		const result = v.safeParse(schema, pickOwn(input, keys));
		if (result.success) {
			return { ok: true, value: result.output as AnswerValueFor<D['kind']> };
		}
		return {
			ok: false,
			error: 'invalid_answer',
			fields: collectFieldErrors(result.issues, rootKey)
		};
	} catch {
		return {
			ok: false,
			error: 'invalid_answer',
			fields: { [rootKey]: 'This answer could not be read.' }
		};
	}
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/**
 * Copies only the expected keys, and only own properties: a payload whose prototype carries
 * `text` or `kind` must not be read as if it had them, and missing keys reach the field's own
 * schema (and its message) as `undefined`.
 */
function pickOwn(input: unknown, keys: readonly string[]): unknown {
	if (!isRecord(input)) return input;
	const picked: Record<string, unknown> = {};
	for (const key of keys) {
		picked[key] = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
	}
	return picked;
}

function isRecord(input: unknown): input is Record<string, unknown> {
	return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * One message per dotted path, the first one found. An item's message is also given to its list
 * (`options.3` → `options`) when the list has none, so a form can show one message per control.
 */
function collectFieldErrors(
	issues: readonly v.BaseIssue<unknown>[],
	rootKey: string
): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const issue of issues) {
		const path = v.getDotPath(issue) || rootKey;
		fields[path] ??= issue.message;
	}
	for (const [path, message] of Object.entries(fields)) {
		const dot = path.indexOf('.');
		if (dot > 0) fields[path.slice(0, dot)] ??= message;
	}
	return fields;
}

// ---------------------------------------------------------------------------------------------
// Types

export type PromptKind = (typeof PROMPT_KINDS)[number]['kind'];

export type PromptDefinition = v.InferOutput<typeof promptDefinitionSchema>;
export type PromptDefinitionOf<K extends PromptKind> = Extract<PromptDefinition, { kind: K }>;

export type PromptDefinitionResult =
	| { ok: true; value: PromptDefinition }
	| { ok: false; error: 'invalid_prompt'; fields: Record<string, string> };

export type AnswerValueByKind = {
	text: { text: string };
	scale: { value: number };
	single: { choice: number };
	multiple: { choices: number[] };
	words: { words: string[] };
	checkin: { value: number };
	moment: never;
};
export type AnswerValueFor<K extends PromptKind> = AnswerValueByKind[K];
export type AnswerValue = AnswerValueByKind[PromptKind];

/** Kinds that take answers (every kind but a moment). */
export type AnswerableKind = Exclude<PromptKind, 'moment'>;

export function isAnswerable<D extends PromptDefinition>(
	definition: D
): definition is Exclude<D, { kind: 'moment' }> {
	return definition.kind !== 'moment';
}

export type AnswerResult<T extends AnswerValue = AnswerValue> =
	{ ok: true; value: T } | { ok: false; error: 'invalid_answer'; fields: Record<string, string> };

/** `answered` counts answers, never passes. Stored once per round as its release. */
export type PromptResults =
	| { kind: 'text'; answered: number; texts: string[] }
	| {
			kind: 'scale';
			answered: number;
			min: number;
			max: number;
			minLabel: string;
			maxLabel: string;
			/** `counts[i]` is the number who chose `min + i`. */
			counts: number[];
			/** `null` only when nobody answered. */
			median: number | null;
	  }
	| { kind: 'single'; answered: number; options: string[]; counts: number[] }
	/** Each person may choose several options, so `counts` may add up to more than `answered`. */
	| { kind: 'multiple'; answered: number; options: string[]; counts: number[] }
	/** Most said first, then alphabetical: never the order in which words arrived. */
	| { kind: 'words'; answered: number; words: { word: string; count: number }[] }
	/** `counts[i]` is the number who chose `i + 1` (`labels[i]`). */
	| { kind: 'checkin'; answered: number; labels: string[]; counts: CheckinCounts };

export type CheckinCounts = [number, number, number, number, number];

export type PromptResultsOf<K extends PromptKind> = Extract<PromptResults, { kind: K }>;
