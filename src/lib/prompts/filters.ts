import { isPromptKind, type PromptKind } from '$lib/prompts/kinds';
import { isPromptTheme, type PromptTheme } from '$lib/prompts/themes';

// The prompt search's filters live in the URL (a GET form), so a search can be bookmarked,
// works without JavaScript, and survives a form action that renders the page again.

export const PROMPT_SCOPES = [
	{ id: 'all', label: 'All prompts' },
	{ id: 'library', label: 'Library' },
	{ id: 'mine', label: 'Mine' }
] as const;

export type PromptScope = (typeof PROMPT_SCOPES)[number]['id'];

export interface PromptFilters {
	q: string;
	theme: PromptTheme | '';
	kind: PromptKind | '';
	scope: PromptScope;
	/** Include the coach's archived prompts. */
	archived: boolean;
}

export const QUERY_MAX = 100;

/** Unknown values fall back to "no filter" rather than an error: it is only a search. */
export function parsePromptFilters(params: URLSearchParams): PromptFilters {
	const theme = params.get('theme');
	const kind = params.get('kind');
	const scope = params.get('scope');
	return {
		q: (params.get('q') ?? '').trim().slice(0, QUERY_MAX),
		theme: isPromptTheme(theme) ? theme : '',
		kind: isPromptKind(kind) ? kind : '',
		scope: PROMPT_SCOPES.some((s) => s.id === scope) ? (scope as PromptScope) : 'all',
		archived: params.get('archived') === '1'
	};
}

/** The filters that differ from the defaults, as a query string without `?`. */
export function promptFilterQuery(filters: PromptFilters): string {
	const params = new URLSearchParams();
	if (filters.q) params.set('q', filters.q);
	if (filters.theme) params.set('theme', filters.theme);
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.scope !== 'all') params.set('scope', filters.scope);
	if (filters.archived) params.set('archived', '1');
	return params.toString();
}

export function hasPromptFilters(filters: PromptFilters): boolean {
	return promptFilterQuery(filters) !== '';
}
