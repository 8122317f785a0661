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
		case 'moment':
			return `Nothing to answer: ${describeSeconds(definition.seconds)} on a calm screen`;
	}
}

/** "45 seconds", "1 minute", "2 minutes 30 seconds". */
export function describeSeconds(seconds: number): string {
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	const parts = [];
	if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
	if (rest || !minutes) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
	return parts.join(' ');
}
