import { describe, expect, it } from 'vitest';
import { parseWith } from './form';
import { planSchema, promptExtrasSchema, stepNoteSchema } from './library';

describe('planSchema', () => {
	it('trims a title and keeps line breaks in a description', () => {
		expect(parseWith(planSchema, { title: '  Week 3 ', description: 'One\r\ntwo ' })).toEqual({
			ok: true,
			data: { title: 'Week 3', description: 'One\ntwo', closingNote: '' }
		});
	});

	it('keeps a closing card’s line breaks and refuses a long one', () => {
		expect(
			parseWith(planSchema, { title: 'W', closingCard: 'on', closingNote: ' Stay\r\nwell ' })
		).toEqual({
			ok: true,
			data: { title: 'W', description: '', closingCard: 'on', closingNote: 'Stay\nwell' }
		});
		expect(parseWith(planSchema, { title: 'W', closingNote: 'x'.repeat(501) })).toEqual({
			ok: false,
			fields: { closingNote: 'Keep the closing card to 500 characters or fewer.' }
		});
	});

	it('refuses a blank or long title, and control characters, with field messages', () => {
		const result = parseWith(planSchema, { title: ' ', description: 'x'.repeat(501) });
		expect(result).toEqual({
			ok: false,
			fields: {
				title: 'Give the plan a title.',
				description: 'Keep the description to 500 characters or fewer.'
			}
		});
		expect(parseWith(planSchema, { title: 'a\u0000b' })).toEqual({
			ok: false,
			fields: { title: 'Use ordinary characters only.' }
		});
	});
});

describe('notes and themes', () => {
	it('makes a note one line, and allows none', () => {
		expect(parseWith(stepNoteSchema, { note: ' Pause\n\there ' })).toEqual({
			ok: true,
			data: { note: 'Pause here' }
		});
		expect(parseWith(stepNoteSchema, {})).toEqual({ ok: true, data: { note: '' } });
	});

	it('refuses a long note and an unknown theme', () => {
		expect(parseWith(promptExtrasSchema, { note: 'x'.repeat(201), theme: 'sports' })).toEqual({
			ok: false,
			fields: {
				note: 'Keep the note to 200 characters or fewer.',
				theme: 'Choose one of the themes listed.'
			}
		});
		expect(parseWith(promptExtrasSchema, { theme: 'self-compassion' })).toEqual({
			ok: true,
			data: {
				note: '',
				participantNote: '',
				before: '',
				watch: '',
				reveal: '',
				theme: 'self-compassion'
			}
		});
	});

	it('reads a guide: a few lines kept, too long or unknown refused', () => {
		expect(
			parseWith(promptExtrasSchema, {
				before: ' Say that passing is fine.\r\n\n\n\nNo one needs to explain. ',
				watch: 'Hide a word that points to self-harm.',
				reveal: 'read-first'
			})
		).toMatchObject({
			ok: true,
			data: {
				before: 'Say that passing is fine.\n\nNo one needs to explain.',
				watch: 'Hide a word that points to self-harm.',
				reveal: 'read-first'
			}
		});
		expect(
			parseWith(promptExtrasSchema, {
				before: 'x'.repeat(401),
				watch: 'a\u0000b',
				reveal: 'always'
			})
		).toEqual({
			ok: false,
			fields: {
				before: 'Keep what to say before to 400 characters or fewer.',
				watch: 'Use ordinary characters only.',
				reveal: 'Choose one of the options.'
			}
		});
	});
});
