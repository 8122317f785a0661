import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance` on a form whose own element leaves the page (archive, restore): after the
 * page updates, focus moves to `target` — a heading beside the news — instead of the top.
 */
export function focusAfter(target: () => HTMLElement | null | undefined): SubmitFunction {
	return () =>
		async ({ update }) => {
			await update();
			await tick();
			target()?.focus();
		};
}
