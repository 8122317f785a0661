import { randomBytes } from 'node:crypto';
import type { Database } from '$lib/server/db';
import { createLiveDomain, type LiveDeps } from './index';
import { recordingNotify } from './notify';

/** The live-session domain on a test database, with a notify port that records what it is told. */
export function createTestLive(db: Database, overrides: Partial<Omit<LiveDeps, 'db'>> = {}) {
	const notify = recordingNotify();
	const appKey = overrides.appKey ?? randomBytes(32);
	const live = createLiveDomain({
		db,
		appKey,
		notify,
		origin: 'http://huddle.test',
		idleTimeoutMs: 2 * 3600_000,
		minK: 3,
		...overrides
	});
	return { live, notify: overrides.notify ? null : notify, appKey };
}
