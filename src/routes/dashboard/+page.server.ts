import { requireCoach } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { coach } = requireCoach(event);
	return { displayName: coach.displayName };
};
