import { error } from '@sveltejs/kit';
import { startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { getGroupTrends, getSessionSummary } from '$lib/server/summaries';
import { download } from '$lib/server/summaries/download';
import { exportFileName, groupJson } from '$lib/server/summaries/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { coach } = requireCoach(event);
	const { database, config } = await startApp();
	const trends = await getGroupTrends(database.db, coach.id, event.params.groupId);
	if (!trends) error(404, 'There is no such group among yours.');
	const summaries = await Promise.all(
		trends.sessions.map((s) =>
			getSessionSummary(database.db, coach.id, s.id, { defaultDays: config.textRetentionDays })
		)
	);
	const name = exportFileName([trends.group.name], new Date().toISOString(), 'json');
	return download(
		JSON.stringify(
			groupJson(
				trends,
				summaries.filter((s) => s !== null)
			),
			null,
			2
		),
		name,
		'application/json'
	);
};
