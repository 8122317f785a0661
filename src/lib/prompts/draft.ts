import { isPromptKind, PROMPT_LIMITS, type PromptKind } from '$lib/prompts/kinds';

// What the prompt editor shows: a saved definition, or what someone typed and the server
// refused, echoed back so that a page rendered without JavaScript keeps their work.

/** Enough to redraw the editor's fields. Every PromptDefinition is one. */
export interface PromptDraft {
	kind: PromptKind;
	text: string;
	min?: number | string;
	max?: number | string;
	minLabel?: string;
	maxLabel?: string;
	options?: readonly string[];
	labels?: readonly string[];
	seconds?: number | string;
}

// Bounds, so that echoing a refused form never sends back more than a sane editor holds.
const ECHO_LINE = 200;
const ECHO_LINES = 20;

/** The editor's raw fields, bounded, from a form that was refused. Never stored. */
export function promptDraftFromForm(form: FormData): PromptDraft {
	const kind = form.get('kind');
	return {
		kind: isPromptKind(kind) ? kind : 'text',
		text: formText(form, 'text', PROMPT_LIMITS.text * 2),
		min: formText(form, 'min', ECHO_LINE),
		max: formText(form, 'max', ECHO_LINE),
		minLabel: formText(form, 'minLabel', ECHO_LINE),
		maxLabel: formText(form, 'maxLabel', ECHO_LINE),
		options: formLines(form, 'options'),
		labels: formLines(form, 'labels'),
		seconds: formText(form, 'seconds', ECHO_LINE)
	};
}

function formText(form: FormData, name: string, max: number): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.slice(0, max) : '';
}

function formLines(form: FormData, name: string): string[] {
	return formText(form, name, ECHO_LINE * ECHO_LINES)
		.split(/\r\n|\r|\n/)
		.map((item) => item.trim().slice(0, ECHO_LINE))
		.filter((item) => item !== '')
		.slice(0, ECHO_LINES);
}
