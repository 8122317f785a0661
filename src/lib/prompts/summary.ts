import type { PromptDefinition } from '$lib/prompts/kinds';

/** One line on what a participant is offered: the options, the labels or the range. */
export function summarizePrompt(definition: PromptDefinition): string {
	switch (definition.kind) {
		case 'text':
			return 'A written answer';
		case 'words':
			return 'One to three words, shown as a word cloud';
		case 'scale':
			return `${definition.min} (${definition.minLabel}) to ${definition.max} (${definition.maxLabel})`;
		case 'single':
			return `One of: ${definition.options.join(' · ')}`;
		case 'multiple':
			return `Any of: ${definition.options.join(' · ')}`;
		case 'checkin':
			return definition.labels.join(' → ');
	}
}
