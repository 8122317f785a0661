import { error } from '@sveltejs/kit';
import { startApp } from '$lib/server/app';
import { requireCoach } from '$lib/server/auth/guard';
import { getSessionSummary } from '$lib/server/summaries';
import { download } from '$lib/server/summaries/download';
import { exportFileName, sessionCsv } from '$lib/server/summaries/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { coach } = requireCoach(event);
	const { database, config } = await startApp();
	const summary = await getSessionSummary(database.db, coach.id, event.params.liveSessionId, {
		defaultDays: config.textRetentionDays
	});
	if (!summary) error(404, 'There is no ended session with this address among yours.');
	const name = exportFileName(
		[summary.group.name, summary.liveSession.title],
		summary.liveSession.startedAt,
		'csv'
	);
	return download(sessionCsv(summary), name, 'text/csv');
};
