import { promptDraftFromForm } from '$lib/prompts/draft';
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
	  }
	| {
			ok: false;
			fields: Record<string, string>;
			values: {
				draft: ReturnType<typeof promptDraftFromForm>;
				note: string;
				participantNote: string;
				theme: string;
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
			theme: extras.data.theme || null
		};
	}
	const note = form.get('note');
	const participantNote = form.get('participantNote');
	const theme = form.get('theme');
	return {
		ok: false,
		fields: { ...(definition.ok ? {} : definition.fields), ...(extras.ok ? {} : extras.fields) },
		values: {
			draft: promptDraftFromForm(form),
			note: typeof note === 'string' ? note.slice(0, 400) : '',
			participantNote: typeof participantNote === 'string' ? participantNote.slice(0, 400) : '',
			theme: typeof theme === 'string' ? theme.slice(0, 40) : ''
		}
	};
}
