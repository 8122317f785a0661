import { error, json } from '@sveltejs/kit';
import { isPromptKind } from '$lib/prompts/kinds';
import { isPromptTheme } from '$lib/prompts/themes';
import { db } from '$lib/server/app';
import { searchPrompts } from '$lib/server/prompts';

/** Library and own prompts for the live console's search (coach only). */
export async function GET({ locals, url }) {
	if (!locals.coach) error(401, 'Log in to search prompts.');
	const theme = url.searchParams.get('theme');
	const kind = url.searchParams.get('kind');
	const prompts = await searchPrompts(await db(), locals.coach.id, {
		q: url.searchParams.get('q') ?? '',
		theme: isPromptTheme(theme) ? theme : undefined,
		kind: isPromptKind(kind) ? kind : undefined,
		limit: 40
	});
	return json(
		prompts.map(({ id, source, theme, definition, note }) => ({
			id,
			source,
			theme,
			definition,
			note
		}))
	);
}
