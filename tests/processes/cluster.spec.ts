import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { createTestLive, scalePrompt as scale } from '$lib/server/live/test-live';
import { joinParticipants, once, setUpLiveSession, until } from '$lib/server/realtime/test-harness';
import { startApp, type AppProcess, type Client } from './app-process';
import { scratchPostgresUnavailable, startScratchPostgres } from './scratch-postgres';

// Huddle as several processes on one Postgres: two real `node server.js` processes, a coach
// on one and the phones on the other, and a Postgres restart underneath them.

const answer = (phone: Client, roundId: string, value: number | null) =>
	phone
		.timeout(20_000)
		.emitWithAck(
			'response:submit',
			value === null
				? { roundId, idempotencyKey: randomUUID(), pass: true }
				: { roundId, idempotencyKey: randomUUID(), answer: { value } }
		);

async function connectPhones(app: AppProcess, tokens: string[]) {
	return Promise.all(
		tokens.map(async (token) => {
			const phone = app.connect({ role: 'participant', token });
			await once(phone, 'participant:snapshot');
			return phone;
		})
	);
}

describe.runIf(testEngine() === 'postgres')('two processes on one Postgres server', () => {
	let handle: Awaited<ReturnType<typeof createTestDatabase>>;
	let a: AppProcess;
	let b: AppProcess;
	const appKey = randomBytes(32);

	beforeAll(async () => {
		handle = await createTestDatabase();
		const env = { DATABASE_URL: handle.url, HUDDLE_APP_KEY: appKey.toString('base64') };
		[a, b] = await Promise.all([startApp(env), startApp(env)]);
	});
	afterAll(async () => {
		await Promise.all([a?.kill(), b?.kill()]);
		await handle?.drop();
	});

	it('serve one live session: push, counts, release and the end cross between them', async () => {
		const { live } = createTestLive(handle.db, { appKey });
		const setup = await setUpLiveSession(handle.db, live, 3);
		const tokens = await joinParticipants(live, setup.liveSessionId, 4);
		const auth = { role: 'coach', liveSessionId: setup.liveSessionId };
		const coach = a.connect(auth, { cookie: setup.cookie });
		await once(coach, 'console:state');
		// A second console of the same coach, on the other process.
		const coachOnB = b.connect(auth, { cookie: setup.cookie });
		await once(coachOnB, 'console:state');
		const phones = await connectPhones(b, tokens);

		// The console on A counts the phones connected to B.
		await until(coach, 'console:counts', (c) => c.inRoom === 4 && c.joined === 4);

		const added = await coach.emitWithAck('prompt:add', { definition: scale });
		if (!added.ok) throw new Error(added.error);
		const opened = phones.map((p) => until(p, 'live-session:state', (s) => s.round !== null));
		const onB = until(coachOnB, 'console:state', (s) => s.round !== null);
		const started = performance.now();
		const pushed = await coach.emitWithAck('prompt:push', {
			sessionPromptId: added.data.sessionPromptId
		});
		if (!pushed.ok) throw new Error(pushed.error);
		const states = await Promise.all(opened);
		console.log(
			`a push on process A reached 4 phones on process B in ${(performance.now() - started).toFixed(1)} ms`
		);
		const { roundId } = pushed.data;
		for (const state of states) expect(state.round).toMatchObject({ id: roundId, status: 'open' });
		expect((await onB).round?.id).toBe(roundId);

		// Phones answer on B; both consoles count every response (a pass included).
		const acks = await Promise.all(phones.map((p, i) => answer(p, roundId, i < 3 ? 2 * i : null)));
		expect(acks.every((r) => r.ok)).toBe(true);
		await until(coach, 'console:counts', (c) => c.responded === 4);
		await until(coachOnB, 'console:counts', (c) => c.responded === 4);
		// A phone on B goes away: the console on A sees it leave the room.
		phones[3]!.disconnect();
		await until(coach, 'console:counts', (c) => c.inRoom === 3 && c.responded === 4);

		// Closed on A, released once, revealed to the phones on B: the same stored release.
		const closedOnB = until(coachOnB, 'console:state', (s) => s.round?.status === 'closed');
		expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
			ok: true,
			data: { released: true }
		});
		const release = (await closedOnB).round!.release;
		expect(release).toMatchObject({ state: 'released', answered: 3 });
		const revealed = phones
			.slice(0, 3)
			.map((p) => until(p, 'live-session:state', (s) => s.round?.release != null));
		expect(await coach.emitWithAck('round:reveal', { roundId, revealed: true })).toEqual({
			ok: true,
			data: null
		});
		for (const state of await Promise.all(revealed)) expect(state.round!.release).toEqual(release);

		// The end on A reaches the phones on B, and B forgets the session's secret (it held it:
		// it derived the phones' dedupe keys).
		const forgotten = b.waitForOutput(
			new RegExp(`"live_session_secret_forgotten","liveSessionId":"${setup.liveSessionId}"`)
		);
		const ended = [...phones.slice(0, 3), coachOnB, coach].map((p) =>
			once(p, 'live-session:ended')
		);
		expect(await coach.emitWithAck('live-session:end', { confirm: true })).toEqual({
			ok: true,
			data: null
		});
		await Promise.all(ended);
		await forgotten;
		// A phone whose socket stays open on B is refused now.
		expect(await answer(phones[0]!, roundId, 9)).toEqual({ ok: false, error: 'ended' });
		expect(a.output()).not.toMatch(/"level":"error"/);
		expect(b.output()).not.toMatch(/"level":"error"/);
	});
});

const noScratch = scratchPostgresUnavailable();
if (noScratch) console.warn(`!!! SKIPPED the Postgres restart test: ${noScratch} !!!`);

describe.runIf(testEngine() === 'postgres' && !noScratch)('a Postgres restart', () => {
	let scratch: Awaited<ReturnType<typeof startScratchPostgres>>;
	let a: AppProcess;
	let b: AppProcess;

	beforeAll(async () => {
		scratch = await startScratchPostgres();
	});
	afterAll(async () => {
		await Promise.all([a?.kill(), b?.kill()]);
		scratch?.stop();
	});

	it('is ridden out by both processes, and delivery across them resumes', async () => {
		const appKey = randomBytes(32);
		const env = { DATABASE_URL: scratch.url, HUDDLE_APP_KEY: appKey.toString('base64') };
		a = await startApp(env);
		b = await startApp(env);
		const database = await openDatabase({
			databaseUrl: scratch.url,
			dataDir: '',
			migrationsDir: 'drizzle',
			migrate: false
		});
		try {
			const { live } = createTestLive(database.db, { appKey });
			const setup = await setUpLiveSession(database.db, live, 3);
			const tokens = await joinParticipants(live, setup.liveSessionId, 3);
			const coach = a.connect(
				{ role: 'coach', liveSessionId: setup.liveSessionId },
				{ cookie: setup.cookie }
			);
			await once(coach, 'console:state');
			const phones = await connectPhones(b, tokens);

			/** Pushes a new prompt on A; its round once every phone on B shows it, else null. */
			const pushReaches = async (text: string) => {
				const added = await coach
					.timeout(10_000)
					.emitWithAck('prompt:add', { definition: { ...scale, text } })
					.catch(() => null);
				if (!added?.ok) return null;
				const seen = phones.map((p) =>
					until(p, 'live-session:state', (s) => s.round?.prompt.text === text, 5_000).then(
						() => true,
						() => false
					)
				);
				const pushed = await coach
					.timeout(10_000)
					.emitWithAck('prompt:push', { sessionPromptId: added.data.sessionPromptId })
					.catch(() => null);
				const everyone = (await Promise.all(seen)).every(Boolean);
				return pushed?.ok && everyone ? pushed.data.roundId : null;
			};
			expect(await pushReaches('Before the restart')).not.toBeNull();

			scratch.restart();
			// Both processes saw their connections cut.
			await a.waitForOutput(/database_connection_lost/);
			await b.waitForOutput(/database_connection_lost/);

			let roundId: string | null = null;
			const deadline = Date.now() + 60_000;
			for (let i = 1; !roundId && Date.now() < deadline; i++) {
				roundId = await pushReaches(`After the restart, try ${i}`);
			}
			expect(roundId).not.toBeNull();
			// Still the same two processes; the phones kept their sockets and can answer again.
			for (const app of [a, b]) expect(app.child.exitCode).toBeNull();
			expect(phones.every((p) => p.connected)).toBe(true);
			const acks = await Promise.all(phones.map((p, i) => answer(p, roundId!, i)));
			expect(acks.every((r) => r.ok)).toBe(true);
			await until(coach, 'console:counts', (c) => c.responded === 3);
		} finally {
			await database.close();
		}
	});
});
