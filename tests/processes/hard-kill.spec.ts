import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { createTestLive, scalePrompt as scale } from '$lib/server/live/test-live';
import {
	EVENT_TIMEOUT_MS,
	joinParticipants,
	once,
	setUpLiveSession
} from '$lib/server/realtime/test-harness';
import { startApp, type AppProcess, type Client } from './app-process';

// No answer that the server acknowledged is ever lost, even if the process is killed: a real
// `node server.js` is SIGKILLed in the middle of a burst of answers and started again on the
// same database (the embedded one too), and every acknowledged answer is still there.

const PHONES = 30;
const STEPS = 6;

describe(`a hard kill of the server process (${testEngine()})`, () => {
	let handle: Awaited<ReturnType<typeof createTestDatabase>>;
	const apps: AppProcess[] = [];

	beforeAll(async () => {
		handle = await createTestDatabase();
	});
	afterAll(async () => {
		for (const app of apps) await app.kill();
		await handle?.drop();
	});

	it('loses no acknowledged answer, and the phones resync', async () => {
		const appKey = randomBytes(32);
		const { live } = createTestLive(handle.db, { appKey });
		const setup = await setUpLiveSession(handle.db, live, 3);
		const added = await live.addPrompt(setup.actor, { definition: scale });
		if (!added.ok) throw new Error(added.error);
		const pushed = await live.push(setup.actor, added.data.sessionPromptId);
		if (!pushed.ok) throw new Error(pushed.error);
		const { roundId } = pushed.data;
		const tokens = await joinParticipants(live, setup.liveSessionId, PHONES);
		// The embedded database serves one process: the test lets go of it first.
		if (testEngine() === 'pglite') await handle.close();
		const env = {
			HUDDLE_APP_KEY: appKey.toString('base64'),
			...(handle.url ? { DATABASE_URL: handle.url } : { DATA_DIR: handle.dataDir })
		};

		const first = await startApp(env);
		apps.push(first);
		const phones: Client[] = await Promise.all(
			tokens.map(async (token) => {
				const phone = first.connect({ role: 'participant', token });
				const snapshot = await once(phone, 'participant:snapshot');
				expect(snapshot.round).toMatchObject({ id: roundId, status: 'open' });
				return phone;
			})
		);

		// Every phone answers, then changes its answer, again and again, each time after the last
		// one was acknowledged; the process dies when half of all these answers have been. An
		// acknowledgement that arrives after the signal was still sent before the process died.
		const valueAt = (phone: number, step: number) => (phone + 3 * step) % 11;
		const lastAcked = new Array<number>(PHONES).fill(-1);
		const lastSent = new Array<number>(PHONES).fill(-1);
		let acks = 0;
		let killed = false;
		await Promise.all(
			phones.map(async (phone, i) => {
				for (let step = 0; step < STEPS && !killed; step++) {
					lastSent[i] = step;
					// After the kill, an answer still waiting is simply not acknowledged.
					const ack = await Promise.race([
						phone
							.timeout(EVENT_TIMEOUT_MS)
							.emitWithAck('response:submit', {
								roundId,
								idempotencyKey: randomUUID(),
								answer: { value: valueAt(i, step) }
							})
							.catch(() => null),
						first.exited.then(() => null)
					]);
					if (!ack?.ok) return;
					lastAcked[i] = step;
					if (!killed && ++acks >= (PHONES * STEPS) / 2) {
						killed = true;
						first.child.kill('SIGKILL');
					}
				}
			})
		);
		expect(killed).toBe(true);
		expect(await first.exited).toBe('SIGKILL');

		// The same database and port: the phones reconnect by themselves and resync.
		const snapshots = phones.map((p) => once(p, 'participant:snapshot', 90_000));
		const second = await startApp(env, { port: first.port });
		apps.push(second);
		const resynced = await Promise.all(snapshots);
		let kept = 0;
		for (const [i, snapshot] of resynced.entries()) {
			expect(snapshot.round).toMatchObject({ id: roundId, status: 'open' });
			if (lastAcked[i]! < 0) continue;
			// What the phone last had acknowledged, or an answer it sent after that (committed, but
			// its acknowledgement died with the process) — never an earlier one, never nothing.
			const possible = [];
			for (let step = lastAcked[i]!; step <= lastSent[i]!; step++) possible.push(valueAt(i, step));
			expect(snapshot.mine, `phone ${i}`).toMatchObject({ passed: false });
			const stored = snapshot.mine && !snapshot.mine.passed ? snapshot.mine.answer : null;
			expect(possible, `phone ${i}`).toContain((stored as { value: number }).value);
			kept++;
		}

		// The coach closes the round: the release holds at least every acknowledged answer.
		const coach = second.connect(
			{ role: 'coach', liveSessionId: setup.liveSessionId },
			{ cookie: setup.cookie }
		);
		await once(coach, 'console:state');
		const closed = once(coach, 'console:state');
		expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
			ok: true,
			data: { released: true }
		});
		const release = (await closed).round!.release;
		expect(release).toMatchObject({ state: 'released' });
		expect(release!.state === 'released' && release!.answered).toBeGreaterThanOrEqual(kept);
		console.log(
			`hard kill: SIGKILL after ${acks} acknowledged answers from ${PHONES} phones; ` +
				`every phone's latest acknowledged answer (${kept} phones) was there after the restart`
		);
	});
});
