import * as v from 'valibot';
import {
	isCalendarDate,
	isConfirmationDate,
	MAX_CRISIS_RESOURCES,
	type CrisisResource
} from '$lib/safety/resources';

// Crisis resources as a deployment's file, a coach's form or a stored list gives them. Shared
// by the server and the browser. Each field is one line of ordinary characters, because it is
// read on a phone by someone who may be in distress, and a control character or a lone
// surrogate would make Postgres refuse the whole list.

export const RESOURCE_LIMITS = {
	id: 64,
	name: 80,
	purpose: 160,
	phone: 30,
	text: 80,
	web: 200,
	hours: 80
} as const;

const L = RESOURCE_LIMITS;

// The same rule as prompts (src/lib/prompts/kinds.ts): C0 and C1 controls and unpaired
// surrogates are refused. A loop rather than a regular expression with control characters in it.
function isSafeLine(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
			i++;
		} else if (code >= 0xdc00 && code <= 0xdfff) {
			return false;
		}
	}
	return true;
}

const tidy = (text: string) => text.normalize('NFC').trim();
const unsafe = 'Keep this to one line of ordinary characters.';

function requiredLine(max: number, required: string, tooLong: string) {
	return v.pipe(
		v.string(required),
		v.transform(tidy),
		v.minLength(1, required),
		v.maxLength(max, tooLong),
		v.check(isSafeLine, unsafe)
	);
}

/** A line that may be left blank (or out): blank becomes absent. */
function optionalLine(
	max: number,
	tooLong: string,
	valid: { test: (text: string) => boolean; message: string }
) {
	return v.optional(
		v.pipe(
			v.string('This must be text.'),
			v.transform(tidy),
			v.maxLength(max, tooLong),
			v.check(isSafeLine, unsafe),
			v.check((text) => text === '' || valid.test(text), valid.message),
			v.transform((text) => (text === '' ? undefined : text))
		)
	);
}

const PHONE = /^\+?[\d\s\-()]+$/;
const countDigits = (text: string) => text.replace(/\D/g, '').length;

function isHttpsAddress(text: string): boolean {
	if (!/^https:\/\/[^\s]+$/i.test(text)) return false;
	try {
		const url = new URL(text);
		return url.protocol === 'https:' && url.hostname.includes('.') && !url.username;
	} catch {
		return false;
	}
}

const fieldEntries = {
	name: requiredLine(
		L.name,
		'Give the service’s name.',
		`Keep the name to ${L.name} characters or fewer.`
	),
	purpose: requiredLine(
		L.purpose,
		'Say in a line what it is for and who it is for.',
		`Keep this to ${L.purpose} characters or fewer.`
	),
	phone: optionalLine(L.phone, `Keep the number to ${L.phone} characters or fewer.`, {
		test: (text) => PHONE.test(text) && countDigits(text) >= 3,
		message: 'Write the number with digits, spaces and + - ( ) only, as it should be dialled.'
	}),
	text: optionalLine(L.text, `Keep this to ${L.text} characters or fewer.`, {
		test: (text) => countDigits(text) >= 3,
		message: 'Include the number to text, for example “Text SHOUT to 85258”.'
	}),
	web: optionalLine(L.web, `Keep the address to ${L.web} characters or fewer.`, {
		test: isHttpsAddress,
		message: 'Give a full web address that starts with https://'
	}),
	hours: requiredLine(
		L.hours,
		'Say when it answers, for example “24 hours, every day”.',
		`Keep the hours to ${L.hours} characters or fewer.`
	)
};

const contactMessage =
	'Give at least one way to reach it: a number to call, a number to text, or a web address.';

// Both schemas below need at least one way to reach the service, reported on the phone field
// where a form shows it. A partial check, so it is reported beside the other fields' mistakes
// rather than only once they are all fixed.

/** What a coach types for one resource (the id and the confirmation are the server's). */
export const crisisResourceFieldsSchema = v.pipe(
	v.object(fieldEntries),
	v.forward(
		v.partialCheck(
			[['phone'], ['text'], ['web']],
			(input) => Boolean(input.phone || input.text || input.web),
			contactMessage
		),
		['phone']
	)
);

const confirmedOn = v.optional(
	v.nullable(
		v.pipe(
			v.string('Give the date as YYYY-MM-DD, or null.'),
			v.check(
				(date: string) => isCalendarDate(date),
				'Give a real date as YYYY-MM-DD, for example 2025-03-14.'
			),
			v.check((date) => isConfirmationDate(date), 'A confirmation date cannot be in the future.')
		)
	),
	null
);

/** One whole resource, as stored. */
export const crisisResourceSchema = v.pipe(
	v.object({
		id: v.pipe(
			v.string('Give the resource an id.'),
			v.regex(
				/^[a-z0-9][a-z0-9-]*$/,
				'An id is lower-case letters, digits and dashes, for example “local-line”.'
			),
			v.maxLength(L.id, `Keep the id to ${L.id} characters or fewer.`)
		),
		...fieldEntries,
		confirmedOn
	}),
	v.forward(
		v.partialCheck(
			[['phone'], ['text'], ['web']],
			(input) => Boolean(input.phone || input.text || input.web),
			contactMessage
		),
		['phone']
	),
	v.transform(withoutAbsentFields)
);

/** A list of resources: at most a few, so a phone shows each one properly; ids distinct. */
export const crisisResourceListSchema = v.pipe(
	v.unknown(),
	v.check(Array.isArray, 'Give the resources as a list.'),
	v.check(
		(list) => (list as unknown[]).length <= MAX_CRISIS_RESOURCES,
		`Give at most ${MAX_CRISIS_RESOURCES} resources: a short list is easier to use in a hard moment.`
	),
	v.array(crisisResourceSchema),
	v.check(
		(list) => new Set(list.map((r) => r.id)).size === list.length,
		'Each resource needs its own id.'
	)
);

function withoutAbsentFields(input: {
	id: string;
	name: string;
	purpose: string;
	phone?: string | undefined;
	text?: string | undefined;
	web?: string | undefined;
	hours: string;
	confirmedOn: string | null;
}): CrisisResource {
	const { id, name, purpose, phone, text, web, hours, confirmedOn } = input;
	return {
		id,
		name,
		purpose,
		...(phone ? { phone } : {}),
		...(text ? { text } : {}),
		...(web ? { web } : {}),
		hours,
		confirmedOn
	};
}

export type CrisisResourceFields = v.InferOutput<typeof crisisResourceFieldsSchema>;
