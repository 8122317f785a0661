// Themes of the built-in prompt library (browser-safe: used for filters). A theme's id is the
// prefix of every library slug in it, so an id never changes once prompts use it.
//
// src/lib/plans/arc.ts reads four of these ids as light (open questions there ask little):
// 'checkin', 'closing', 'gratitude' and 'group'. Agreements and first- or last-session prompts
// belong in 'group' for that reason.
export const PROMPT_THEMES = [
	{ id: 'checkin', label: 'Check-in and check-out' },
	{ id: 'group', label: 'Starting and ending a group' },
	{ id: 'noticing', label: 'Noticing burnout' },
	{ id: 'system', label: 'The system and moral injury' },
	{ id: 'identity', label: 'Identity beyond the role' },
	{ id: 'values', label: 'Values' },
	{ id: 'boundaries', label: 'Boundaries and recovery' },
	{ id: 'coping', label: 'Coping that restores' },
	{ id: 'perfectionism', label: 'Confidence and perfectionism' },
	{ id: 'humanity', label: 'Common humanity and comparison' },
	{ id: 'mindfulness', label: 'Mindfulness and presence' },
	{ id: 'self-compassion', label: 'Self-compassion' },
	{ id: 'emotions', label: 'Naming emotions' },
	{ id: 'meaning', label: 'Meaning and purpose' },
	{ id: 'gratitude', label: 'Gratitude and what went well' },
	{ id: 'belonging', label: 'Belonging with colleagues' },
	{ id: 'support', label: 'Support and getting help' },
	{ id: 'grief', label: 'Grief and patient death' },
	{ id: 'adverse-events', label: 'When things go wrong' },
	{ id: 'closing', label: 'Closing' }
] as const;

export type PromptTheme = (typeof PROMPT_THEMES)[number]['id'];

export function isPromptTheme(value: unknown): value is PromptTheme {
	return PROMPT_THEMES.some((t) => t.id === value);
}

export function getThemeLabel(theme: string): string {
	return PROMPT_THEMES.find((t) => t.id === theme)?.label ?? theme;
}
