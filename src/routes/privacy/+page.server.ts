import { startApp } from '$lib/server/app';
import { ABSOLUTE_LIMIT_MS, INACTIVITY_LIMIT_MS } from '$lib/server/auth/session';
import { renderManifest } from '$lib/server/privacy/manifest';
import type { PageServerLoad } from './$types';

const DAY_MS = 24 * 3600_000;

export const load: PageServerLoad = async () => {
	const { config } = await startApp();
	return {
		minK: config.minK,
		idleMinutes: config.idleTimeoutMs / 60_000,
		textRetentionDays: config.textRetentionDays,
		// What is stored, generated from the same list a test holds to the database's tables.
		stored: renderManifest({
			idleMinutes: config.idleTimeoutMs / 60_000,
			loginIdleDays: INACTIVITY_LIMIT_MS / DAY_MS,
			loginMaxDays: ABSOLUTE_LIMIT_MS / DAY_MS,
			textRetentionDays: config.textRetentionDays
		})
	};
};
