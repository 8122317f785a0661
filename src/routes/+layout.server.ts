import type { LayoutServerLoad } from './$types';

// Only these fields of the coach ever reach the browser.
export const load: LayoutServerLoad = ({ locals }) => ({
	coach: locals.coach
		? { id: locals.coach.id, email: locals.coach.email, displayName: locals.coach.displayName }
		: null
});
