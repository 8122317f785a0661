import { promptDraftFromForm } from '$lib/prompts/draft';
import { defaultRevealFor, type FacilitationGuide } from '$lib/prompts/guide';
import { promptDefinitionFromForm, type PromptDefinition } from '$lib/prompts/kinds';
import { formValues, parseWith } from '$lib/schemas/form';
import { promptExtrasSchema } from '$lib/schemas/library';

// Reads the prompt editor (new and edit pages): the definition, its theme and note, with
// every field's message at once, and what was typed to echo back when something is refused.

export function readPromptEditor(form: FormData):
	| {
			ok: true;
			definition: PromptDefinition;
			note: string;
			participantNote: string;
			theme: string | null;
			guide: FacilitationGuide;
	  }
	| {
			ok: false;
			fields: Record<string, string>;
			values: {
				draft: ReturnType<typeof promptDraftFromForm>;
				note: string;
				participantNote: string;
				theme: string;
				guide: { before: string; watch: string; reveal: string };
			};
	  } {
	const definition = promptDefinitionFromForm(form);
	const extras = parseWith(promptExtrasSchema, formValues(form));
	if (definition.ok && extras.ok) {
		return {
			ok: true,
			definition: definition.value,
			note: extras.data.note,
			participantNote: extras.data.participantNote,
			theme: extras.data.theme || null,
			guide: {
				before: extras.data.before,
				watch: extras.data.watch,
				reveal: extras.data.reveal || defaultRevealFor(definition.value.kind)
			}
		};
	}
	const note = form.get('note');
	const participantNote = form.get('participantNote');
	const theme = form.get('theme');
	const echo = (name: string, max: number) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.slice(0, max) : '';
	};
	return {
		ok: false,
		fields: { ...(definition.ok ? {} : definition.fields), ...(extras.ok ? {} : extras.fields) },
		values: {
			draft: promptDraftFromForm(form),
			note: typeof note === 'string' ? note.slice(0, 400) : '',
			participantNote: typeof participantNote === 'string' ? participantNote.slice(0, 400) : '',
			theme: typeof theme === 'string' ? theme.slice(0, 40) : '',
			guide: { before: echo('before', 800), watch: echo('watch', 600), reveal: echo('reveal', 20) }
		}
	};
}
