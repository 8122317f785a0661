// Themes of the built-in prompt library (browser-safe: used for filters).
export const PROMPT_THEMES = [
	{ id: 'checkin', label: 'Check-in and check-out' },
	{ id: 'noticing', label: 'Noticing burnout' },
	{ id: 'identity', label: 'Identity beyond the role' },
	{ id: 'values', label: 'Values' },
	{ id: 'boundaries', label: 'Boundaries and recovery' },
	{ id: 'perfectionism', label: 'Confidence and perfectionism' },
	{ id: 'mindfulness', label: 'Mindfulness and presence' },
	{ id: 'self-compassion', label: 'Self-compassion' },
	{ id: 'meaning', label: 'Meaning and purpose' },
	{ id: 'closing', label: 'Closing' }
] as const;

export type PromptTheme = (typeof PROMPT_THEMES)[number]['id'];

export function isPromptTheme(value: unknown): value is PromptTheme {
	return PROMPT_THEMES.some((t) => t.id === value);
}

export function getThemeLabel(theme: string): string {
	return PROMPT_THEMES.find((t) => t.id === theme)?.label ?? theme;
}
