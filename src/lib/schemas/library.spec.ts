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
			data: { note: '', participantNote: '', theme: 'self-compassion' }
		});
	});
});
