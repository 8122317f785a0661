import { describe, expect, it } from 'vitest';
import { promptDraftFromForm } from './draft';
import { hasPromptFilters, parsePromptFilters, promptFilterQuery } from './filters';
import { summarizePrompt } from './summary';

describe('prompt search filters', () => {
	it('reads known values and ignores the rest', () => {
		const filters = parsePromptFilters(
			new URLSearchParams('q=%20rest%20&theme=values&kind=scale&scope=mine&archived=1')
		);
		expect(filters).toEqual({
			q: 'rest',
			theme: 'values',
			kind: 'scale',
			scope: 'mine',
			archived: true
		});
		expect(promptFilterQuery(filters)).toBe('q=rest&theme=values&kind=scale&scope=mine&archived=1');
		const unknown = parsePromptFilters(new URLSearchParams('theme=nope&kind=essay&scope=theirs'));
		expect(unknown).toEqual({ q: '', theme: '', kind: '', scope: 'all', archived: false });
		expect(hasPromptFilters(unknown)).toBe(false);
	});

	it('bounds the words searched for', () => {
		expect(parsePromptFilters(new URLSearchParams({ q: 'a'.repeat(500) })).q).toHaveLength(100);
	});
});

describe('the prompt editor echo', () => {
	it('keeps what was typed, in bounds, and falls back to open text for an unknown kind', () => {
		const form = new FormData();
		form.set('kind', 'essay');
		form.set('text', 'How are you?');
		form.set('options', 'One\r\n\r\n two \n' + 'x'.repeat(300));
		const draft = promptDraftFromForm(form);
		expect(draft.kind).toBe('text');
		expect(draft.text).toBe('How are you?');
		expect(draft.options).toEqual(['One', 'two', 'x'.repeat(200)]);
		expect(draft.labels).toEqual([]);
	});
});

describe('summarizePrompt', () => {
	it('names the range, options or labels', () => {
		expect(
			summarizePrompt({
				kind: 'scale',
				text: 'How full?',
				min: 0,
				max: 10,
				minLabel: 'empty',
				maxLabel: 'full'
			})
		).toBe('0 (empty) to 10 (full)');
		expect(summarizePrompt({ kind: 'single', text: 'Which?', options: ['A', 'B'] })).toBe(
			'One of: A · B'
		);
	});
});
