import { randomBytes } from 'node:crypto';
import type { PromptDefinition } from '$lib/prompts/kinds';
import type { Result } from '$lib/result';
import { registerCoach } from '$lib/server/coaches';
import type { Database } from '$lib/server/db';
import { createGroup } from '$lib/server/groups';
import { createLiveDomain, type LiveDeps } from './index';
import { recordingNotify } from './notify';

// Test fixtures for the live-session domain (never imported by the app).

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

/** A coach with one group, straight in the database. */
export async function createTestCoach(db: Database) {
	const registered = await registerCoach(db, {
		email: `coach-${randomBytes(4).toString('hex')}@example.org`,
		displayName: 'Coach',
		password: 'steady hands and a warm voice'
	});
	if (!registered.ok) throw new Error('could not register coach');
	const group = await createGroup(db, registered.coach.id, { name: 'Circle', description: '' });
	return { coachId: registered.coach.id, groupId: group.id };
}

export const scalePrompt: PromptDefinition = {
	kind: 'scale',
	text: 'How full is your tank today?',
	min: 0,
	max: 10,
	minLabel: 'empty',
	maxLabel: 'full'
};

/** The data of a result that must have succeeded; a failure fails the test, naming its error. */
export function must<T>(result: Result<T>): T {
	if (!result.ok)
		throw new Error(`expected ok, got ${result.error} ${JSON.stringify(result.fields ?? {})}`);
	return result.data;
}
