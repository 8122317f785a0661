import { error } from '@sveltejs/kit';
import { startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { getGroupTrends } from '$lib/server/summaries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { coach } = requireCoach(event);
	const { database } = await startApp();
	const trends = await getGroupTrends(database.db, coach.id, event.params.groupId);
	if (!trends) error(404, 'There is no such group among yours.');
	return { trends };
};
