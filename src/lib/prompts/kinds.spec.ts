import { describe, it, expect } from 'vitest';
import {
	PROMPT_KINDS,
	getPromptKindLabel,
	isPromptKind,
	parseAnswer,
	parsePromptDefinition,
	promptDefinitionFromForm,
	type PromptDefinition,
	type PromptDefinitionOf,
	type PromptKind
} from './kinds';

function definition<K extends PromptKind>(input: Record<string, unknown> & { kind: K }) {
	const result = parsePromptDefinition(input);
	if (!result.ok) throw new Error(`expected a valid definition: ${JSON.stringify(result.fields)}`);
	return result.value as PromptDefinitionOf<K>;
}

function fieldsOf(result: { ok: boolean; fields?: Record<string, string> }) {
	expect(result.ok).toBe(false);
	return result.fields ?? {};
}

function form(entries: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(entries)) {
		for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
	}
	return data;
}

const scale = { kind: 'scale', text: 'How rested do you feel?', min: 0, max: 10 } as const;
const scaleLabels = { minLabel: 'Not at all', maxLabel: 'Completely' };
const checkinLabels = ['Running on empty', 'Tired', 'Getting by', 'Steady', 'Well'];

const textDef = definition({ kind: 'text', text: 'What gave you meaning this week?' });
const scaleDef = definition({ ...scale, ...scaleLabels });
const negativeScaleDef = definition({ ...scale, ...scaleLabels, min: -3, max: 3 });
const singleDef = definition({
	kind: 'single',
	text: 'Pick one',
	options: ['Sleep', 'Food', 'Rest']
});
const multipleDef = definition({
	kind: 'multiple',
	text: 'Pick any',
	options: ['Sleep', 'Food', 'Rest', 'Walks']
});
const wordsDef = definition({ kind: 'words', text: 'Your week in a few words' });
const checkinDef = definition({
	kind: 'checkin',
	text: 'How are you arriving?',
	labels: checkinLabels
});

// Payloads a socket may carry instead of an answer.
const garbage: unknown[] = [
	null,
	undefined,
	0,
	42,
	Number.NaN,
	'',
	'x'.repeat(100_000),
	true,
	[],
	Array.from({ length: 10_000 }, (_, i) => i),
	{},
	{ text: { text: 'nested' } },
	{ value: [3] },
	{ choice: '1' },
	{ choices: 'all' },
	{ words: { 0: 'tired', length: 1 } },
	JSON.parse(
		'{"__proto__": {"text": "hi", "value": 3, "choice": 0, "choices": [0], "words": ["a"]}}'
	),
	{ constructor: { prototype: { text: 'hi' } } }
];

describe('prompt kinds', () => {
	it('lists every kind once with a human label', () => {
		expect(PROMPT_KINDS.map((entry) => entry.kind)).toEqual([
			'text',
			'scale',
			'single',
			'multiple',
			'words',
			'checkin',
			'moment'
		]);
		expect(getPromptKindLabel('words')).toBe('A few words');
		expect(getPromptKindLabel('moment')).toBe('A moment (nothing to answer)');
		expect(getPromptKindLabel('checkin')).toBe('Check-in');
	});

	it('recognises kinds and nothing else', () => {
		expect(isPromptKind('scale')).toBe(true);
		expect(isPromptKind('Scale')).toBe(false);
		expect(isPromptKind('__proto__')).toBe(false);
		expect(isPromptKind(undefined)).toBe(false);
	});
});

describe('a moment', () => {
	it('has words and a length from 10 seconds to 15 minutes, and nothing else', () => {
		expect(
			parsePromptDefinition({
				kind: 'moment',
				text: ' A minute of quiet. ',
				seconds: 60,
				options: ['a']
			})
		).toEqual({ ok: true, value: { kind: 'moment', text: 'A minute of quiet.', seconds: 60 } });
		for (const seconds of [9, 901, 1.5, '60', undefined]) {
			const result = parsePromptDefinition({ kind: 'moment', text: 'Quiet', seconds });
			expect(result.ok, String(seconds)).toBe(false);
			if (!result.ok) expect(result.fields.seconds, String(seconds)).toMatch(/seconds/);
		}
	});

	it('takes no answer of any shape', () => {
		const moment = { kind: 'moment' as const, text: 'Quiet', seconds: 60 };
		for (const answer of [{}, { text: 'hi' }, { value: 1 }, { none: null }, null, 'x']) {
			expect(parseAnswer(moment, answer)).toMatchObject({
				ok: false,
				error: 'invalid_answer',
				fields: { none: 'A moment has nothing to answer.' }
			});
		}
	});
});

describe('parsePromptDefinition', () => {
	it('accepts every kind, trimming text and stripping unknown keys', () => {
		expect(
			parsePromptDefinition({ kind: 'text', text: '  What helped?  ', isAdmin: true, id: 7 })
		).toEqual({ ok: true, value: { kind: 'text', text: 'What helped?' } });
		expect(parsePromptDefinition({ ...scale, ...scaleLabels, options: ['a', 'b'] })).toEqual({
			ok: true,
			value: { ...scale, ...scaleLabels }
		});
		expect(
			parsePromptDefinition({ kind: 'single', text: 'One', options: [' Yes ', 'No'], min: 1 })
		).toEqual({ ok: true, value: { kind: 'single', text: 'One', options: ['Yes', 'No'] } });
		expect(multipleDef.options).toHaveLength(4);
		expect(wordsDef).toEqual({ kind: 'words', text: 'Your week in a few words' });
		expect(checkinDef).toEqual({
			kind: 'checkin',
			text: 'How are you arriving?',
			labels: checkinLabels
		});
	});

	it('rejects a missing or unknown kind, and still checks the text', () => {
		expect(parsePromptDefinition({ text: 'Hello' })).toEqual({
			ok: false,
			error: 'invalid_prompt',
			fields: { kind: 'Choose a kind of prompt.' }
		});
		expect(fieldsOf(parsePromptDefinition({ kind: 'poll', text: '   ' }))).toEqual({
			kind: 'Choose a kind of prompt.',
			text: 'Write the prompt.'
		});
	});

	it('limits the prompt text to 1..300 characters after trimming', () => {
		expect(parsePromptDefinition({ kind: 'text', text: 'x'.repeat(300) }).ok).toBe(true);
		expect(fieldsOf(parsePromptDefinition({ kind: 'text', text: 'x'.repeat(301) }))).toEqual({
			text: 'Keep the prompt to 300 characters or fewer.'
		});
		expect(fieldsOf(parsePromptDefinition({ kind: 'words', text: ' \n\t ' })).text).toBe(
			'Write the prompt.'
		);
		expect(fieldsOf(parsePromptDefinition({ kind: 'words', text: 7 })).text).toBe(
			'Write the prompt.'
		);
		expect(fieldsOf(parsePromptDefinition({ kind: 'text', text: 'a\u0000b' })).text).toMatch(
			/cannot be shown/
		);
	});

	it('checks a scale: integer ends from -10 to 20, low below high, at most 20 steps', () => {
		expect(definition({ ...scale, ...scaleLabels, min: -10, max: 10 }).min).toBe(-10);
		expect(definition({ ...scale, ...scaleLabels, min: 0, max: 20 }).max).toBe(20);
		expect(fieldsOf(parsePromptDefinition({ ...scale, ...scaleLabels, min: 5, max: 5 }))).toEqual({
			max: 'The highest value needs to be above the lowest.'
		});
		expect(
			fieldsOf(parsePromptDefinition({ ...scale, ...scaleLabels, min: -10, max: 11 })).max
		).toMatch(/at most 20 steps/);
		expect(fieldsOf(parsePromptDefinition({ ...scale, ...scaleLabels, min: -11, max: 5 }))).toEqual(
			{ min: 'Use a number from -10 to 20.' }
		);
		expect(
			fieldsOf(parsePromptDefinition({ ...scale, ...scaleLabels, min: 1.5, max: '9' }))
		).toEqual({
			min: 'Enter a whole number for the lowest value.',
			max: 'Enter a whole number for the highest value.'
		});
	});

	it('reports every field error of a scale at once', () => {
		const fields = fieldsOf(
			parsePromptDefinition({
				kind: 'scale',
				text: '',
				min: 'a',
				max: 99,
				maxLabel: 'x'.repeat(41)
			})
		);
		expect(fields).toEqual({
			text: 'Write the prompt.',
			min: 'Enter a whole number for the lowest value.',
			max: 'Use a number from -10 to 20.',
			minLabel: 'Give a label for the lowest value.',
			maxLabel: 'Keep the label to 40 characters or fewer.'
		});
	});

	it('checks choice options: 2..8, each 1..80 characters, no duplicates ignoring case', () => {
		expect(definition({ kind: 'multiple', text: 'x', options: ['a', 'b'] }).options).toEqual([
			'a',
			'b'
		]);
		const eight = Array.from({ length: 8 }, (_, i) => `Option ${i}`);
		expect(definition({ kind: 'single', text: 'x', options: eight }).options).toHaveLength(8);
		for (const options of [['only'], [...eight, 'nine'], 'a\nb', null, undefined]) {
			expect(fieldsOf(parsePromptDefinition({ kind: 'single', text: 'x', options }))).toEqual({
				options: 'Give between 2 and 8 options.'
			});
		}
		expect(
			fieldsOf(parsePromptDefinition({ kind: 'single', text: 'x', options: ['Rest', ' rest '] }))
		).toEqual({ options: 'Each option needs to be different.' });
		expect(
			fieldsOf(parsePromptDefinition({ kind: 'multiple', text: 'x', options: ['Ä', 'a\u0308'] }))
				.options
		).toBe('Each option needs to be different.');
		const fields = fieldsOf(
			parsePromptDefinition({ kind: 'multiple', text: 'x', options: ['ok', '  ', 'y'.repeat(81)] })
		);
		expect(fields['options.1']).toBe('Write each option, or remove it.');
		expect(fields['options.3']).toBeUndefined();
		expect(fields['options.2']).toBe('Keep each option to 80 characters or fewer.');
		expect(fields.options).toBe('Write each option, or remove it.');
		expect(
			fieldsOf(parsePromptDefinition({ kind: 'single', text: 'x', options: ['a', 'b\nc'] }))[
				'options.1'
			]
		).toMatch(/one line/);
	});

	it('answers a ten-thousand-item options list with one message', () => {
		const options = Array.from({ length: 10_000 }, () => ({ __proto__: null }));
		expect(fieldsOf(parsePromptDefinition({ kind: 'single', text: 'x', options }))).toEqual({
			options: 'Give between 2 and 8 options.'
		});
	});

	it('checks check-in labels: exactly five, each 1..40 characters', () => {
		expect(
			fieldsOf(
				parsePromptDefinition({ kind: 'checkin', text: 'x', labels: checkinLabels.slice(1) })
			)
		).toEqual({ labels: 'Give exactly 5 labels, one per line.' });
		expect(
			fieldsOf(
				parsePromptDefinition({ kind: 'checkin', text: 'x', labels: [...checkinLabels, 'Six'] })
			)
		).toEqual({ labels: 'Give exactly 5 labels, one per line.' });
		const fields = fieldsOf(
			parsePromptDefinition({
				kind: 'checkin',
				text: 'x',
				labels: ['a', 'b', 'c'.repeat(41), 'd', 5]
			})
		);
		expect(fields['labels.2']).toBe('Keep each label to 40 characters or fewer.');
		expect(fields['labels.4']).toBe('Write each label.');
		expect(fields.labels).toBe('Keep each label to 40 characters or fewer.');
	});

	it('never throws on garbage and never reads inherited keys', () => {
		for (const input of garbage) {
			const result = parsePromptDefinition(input);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.fields.kind).toBe('Choose a kind of prompt.');
		}
		const inherited = Object.create({ kind: 'text', text: 'inherited' }) as object;
		expect(parsePromptDefinition(inherited).ok).toBe(false);
		const polluted = JSON.parse('{"kind": "text", "text": "Hi", "__proto__": {"isAdmin": true}}');
		const result = parsePromptDefinition(polluted);
		expect(result).toEqual({ ok: true, value: { kind: 'text', text: 'Hi' } });
		expect(Object.getPrototypeOf(result.ok && result.value)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
	});
});

describe('promptDefinitionFromForm', () => {
	it('reads a scale with numbers given as strings', () => {
		const result = promptDefinitionFromForm(
			form({
				kind: 'scale',
				text: 'How rested?',
				min: ' 1 ',
				max: '5',
				minLabel: 'Exhausted',
				maxLabel: 'Rested',
				options: 'ignored'
			})
		);
		expect(result).toEqual({
			ok: true,
			value: {
				kind: 'scale',
				text: 'How rested?',
				min: 1,
				max: 5,
				minLabel: 'Exhausted',
				maxLabel: 'Rested'
			}
		});
	});

	it('reports a non-number as a field error, with the other errors', () => {
		for (const bad of ['', 'five', '0x10', '1e1', '2.5', 'Infinity']) {
			const fields = fieldsOf(
				promptDefinitionFromForm(
					form({ kind: 'scale', text: 'x', min: bad, max: '5', minLabel: 'a' })
				)
			);
			expect(fields).toEqual({
				min: 'Enter a whole number for the lowest value.',
				maxLabel: 'Give a label for the highest value.'
			});
		}
	});

	it('reads options one per line, ignoring blank lines', () => {
		const result = promptDefinitionFromForm(
			form({ kind: 'single', text: 'Which?', options: '\r\n Sleep \r\n\r\nFood\n   \nRest\n' })
		);
		expect(result).toEqual({
			ok: true,
			value: { kind: 'single', text: 'Which?', options: ['Sleep', 'Food', 'Rest'] }
		});
		expect(
			fieldsOf(promptDefinitionFromForm(form({ kind: 'multiple', text: 'Which?', options: '\n' })))
		).toEqual({ options: 'Give between 2 and 8 options.' });
	});

	it('reads exactly five labels, one per line', () => {
		const result = promptDefinitionFromForm(
			form({ kind: 'checkin', text: 'Arriving?', labels: checkinLabels.join('\n') + '\n\n' })
		);
		expect(result.ok && result.value).toEqual({
			kind: 'checkin',
			text: 'Arriving?',
			labels: checkinLabels
		});
		expect(
			fieldsOf(promptDefinitionFromForm(form({ kind: 'checkin', text: 'x', labels: 'a\nb\nc\nd' })))
		).toEqual({ labels: 'Give exactly 5 labels, one per line.' });
	});

	it('treats a file in place of a field as missing', () => {
		const data = form({ kind: 'text' });
		data.append('text', new Blob(['What helped?']), 'prompt.txt');
		expect(fieldsOf(promptDefinitionFromForm(data))).toEqual({ text: 'Write the prompt.' });
		expect(fieldsOf(promptDefinitionFromForm(new FormData()))).toEqual({
			kind: 'Choose a kind of prompt.',
			text: 'Write the prompt.'
		});
	});
});

describe('parseAnswer', () => {
	it('never throws and rejects garbage for every kind', () => {
		const defs: PromptDefinition[] = [
			textDef,
			scaleDef,
			singleDef,
			multipleDef,
			wordsDef,
			checkinDef
		];
		for (const def of defs) {
			for (const input of garbage) {
				const result = parseAnswer(def, input);
				expect(result.ok, `${def.kind}: ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false);
				if (!result.ok) {
					expect(result.error).toBe('invalid_answer');
					expect(Object.keys(result.fields).length).toBeGreaterThan(0);
					expect(Object.keys(result.fields).length).toBeLessThanOrEqual(8);
				}
			}
		}
	});

	it('answers an unknown kind with an error rather than throwing', () => {
		const corrupt = { kind: 'poll', text: 'x' } as unknown as PromptDefinition;
		expect(parseAnswer(corrupt, { text: 'hi' }).ok).toBe(false);
	});

	describe('text', () => {
		it('trims, normalises line endings and NFC, and strips unknown keys', () => {
			expect(parseAnswer(textDef, { text: '  Cafe\u0301 helped\r\nand\tsleep  ', at: 1 })).toEqual({
				ok: true,
				value: { text: 'Café helped\nand\tsleep' }
			});
		});

		it('takes 1..1000 characters', () => {
			expect(parseAnswer(textDef, { text: 'x'.repeat(1000) }).ok).toBe(true);
			expect(fieldsOf(parseAnswer(textDef, { text: 'x'.repeat(1001) }))).toEqual({
				text: 'Keep your answer to 1000 characters or fewer.'
			});
			expect(fieldsOf(parseAnswer(textDef, { text: 'x'.repeat(100_000) })).text).toMatch(/1000/);
			expect(fieldsOf(parseAnswer(textDef, { text: ' \n ' }))).toEqual({
				text: 'Write something, or pass.'
			});
		});

		it('refuses control characters other than new lines and tabs, and lone surrogates', () => {
			for (const text of [
				'a\u0000b',
				'bell\u0007',
				'esc\u001b[2J',
				'del\u007f',
				'c1\u0085',
				'\ud800x',
				'x\ud800',
				'\udc00x'
			]) {
				expect(fieldsOf(parseAnswer(textDef, { text })).text).toBe(
					'Your answer contains characters that cannot be shown.'
				);
			}
			expect(parseAnswer(textDef, { text: 'heart \u{1F49C}' })).toEqual({
				ok: true,
				value: { text: 'heart \u{1F49C}' }
			});
			expect(parseAnswer(textDef, { text: 'old\rmac' })).toEqual({
				ok: true,
				value: { text: 'old\nmac' }
			});
		});
	});

	describe('scale', () => {
		it('takes an integer within the ends', () => {
			expect(parseAnswer(scaleDef, { value: 0 })).toEqual({ ok: true, value: { value: 0 } });
			expect(parseAnswer(scaleDef, { value: 10 })).toEqual({ ok: true, value: { value: 10 } });
			expect(parseAnswer(negativeScaleDef, { value: -3 })).toEqual({
				ok: true,
				value: { value: -3 }
			});
			expect(
				Object.is(
					(parseAnswer(scaleDef, { value: -0 }) as { value: { value: number } }).value.value,
					0
				)
			).toBe(true);
		});

		it('rejects anything else with the range in the message', () => {
			for (const value of [-1, 11, 2.5, '5', null, Number.POSITIVE_INFINITY, [5]]) {
				expect(fieldsOf(parseAnswer(scaleDef, { value }))).toEqual({
					value: 'Choose a value from 0 to 10.'
				});
			}
			expect(fieldsOf(parseAnswer(negativeScaleDef, { value: -4 })).value).toBe(
				'Choose a value from -3 to 3.'
			);
		});
	});

	describe('single choice', () => {
		it('takes the index of an option', () => {
			expect(parseAnswer(singleDef, { choice: 2 })).toEqual({ ok: true, value: { choice: 2 } });
			for (const choice of [-1, 3, 1.5, '0', 'Sleep', null]) {
				expect(fieldsOf(parseAnswer(singleDef, { choice }))).toEqual({
					choice: 'Choose one of the options.'
				});
			}
		});
	});

	describe('multiple choice', () => {
		it('keeps the chosen set, sorted and without repeats', () => {
			expect(parseAnswer(multipleDef, { choices: [3, 0, 3] })).toEqual({
				ok: true,
				value: { choices: [0, 3] }
			});
			expect(parseAnswer(multipleDef, { choices: [3, 2, 1, 0] })).toEqual({
				ok: true,
				value: { choices: [0, 1, 2, 3] }
			});
		});

		it('needs at least one valid choice, and no more than there are options', () => {
			expect(fieldsOf(parseAnswer(multipleDef, { choices: [] }))).toEqual({
				choices: 'Choose one or more of the options.'
			});
			expect(fieldsOf(parseAnswer(multipleDef, { choices: [0, 1, 2, 3, 0] }))).toEqual({
				choices: 'Choose one or more of the options.'
			});
			const fields = fieldsOf(parseAnswer(multipleDef, { choices: [0, 4, 'x'] }));
			expect(fields).toEqual({
				'choices.1': 'Choose from the options shown.',
				'choices.2': 'Choose from the options shown.',
				choices: 'Choose from the options shown.'
			});
		});

		it('answers a ten-thousand-item list with one message', () => {
			const choices = Array.from({ length: 10_000 }, () => 'junk');
			expect(fieldsOf(parseAnswer(multipleDef, { choices }))).toEqual({
				choices: 'Choose one or more of the options.'
			});
		});
	});

	describe('words', () => {
		it('normalises: trims, collapses spaces, lower-cases, NFC', () => {
			expect(parseAnswer(wordsDef, { words: ['  Burnt \n  OUT ', 'CAFE\u0301', 'Ärger'] })).toEqual(
				{
					ok: true,
					value: { words: ['burnt out', 'café', 'ärger'] }
				}
			);
		});

		it('ignores blank boxes and repeats of one word within an answer', () => {
			expect(parseAnswer(wordsDef, { words: ['Tired', '', ' tired '] })).toEqual({
				ok: true,
				value: { words: ['tired'] }
			});
			expect(fieldsOf(parseAnswer(wordsDef, { words: ['', '  '] }))).toEqual({
				words: 'Give 1 to 3 words.'
			});
		});

		it('takes 1..3 words of 1..30 characters', () => {
			expect(fieldsOf(parseAnswer(wordsDef, { words: ['a', 'b', 'c', 'd'] }))).toEqual({
				words: 'Give 1 to 3 words.'
			});
			expect(fieldsOf(parseAnswer(wordsDef, { words: [] }))).toEqual({
				words: 'Give 1 to 3 words.'
			});
			expect(parseAnswer(wordsDef, { words: ['x'.repeat(30)] }).ok).toBe(true);
			const fields = fieldsOf(parseAnswer(wordsDef, { words: ['x'.repeat(31), 7, 'nul\u0000'] }));
			expect(fields['words.0']).toBe('Keep each word to 30 characters or fewer.');
			expect(fields['words.1']).toBe('Each word needs to be text.');
			expect(fields['words.2']).toMatch(/cannot be shown/);
			expect(fields.words).toBe('Keep each word to 30 characters or fewer.');
			expect(fieldsOf(parseAnswer(wordsDef, { words: ['x'.repeat(100_000)] })).words).toMatch(
				/30 characters/
			);
		});
	});

	describe('check-in', () => {
		it('takes 1..5', () => {
			expect(parseAnswer(checkinDef, { value: 1 })).toEqual({ ok: true, value: { value: 1 } });
			expect(parseAnswer(checkinDef, { value: 5 })).toEqual({ ok: true, value: { value: 5 } });
			for (const value of [0, 6, 2.5, '3']) {
				expect(fieldsOf(parseAnswer(checkinDef, { value }))).toEqual({
					value: 'Choose one of the five.'
				});
			}
		});
	});

	it('does not read answers from the prototype', () => {
		const inherited = Object.create({ text: 'inherited', value: 3, choice: 0 }) as object;
		expect(parseAnswer(textDef, inherited).ok).toBe(false);
		expect(parseAnswer(scaleDef, inherited).ok).toBe(false);
		expect(parseAnswer(singleDef, inherited).ok).toBe(false);
	});
});
