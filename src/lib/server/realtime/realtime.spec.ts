import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { io as rawConnect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { scalePrompt as scale } from '$lib/server/live/test-live';
import { createTestDatabase } from '$lib/server/db/test-db';
import * as table from '$lib/server/db/schema';
import { openDatabase } from '$lib/server/db';
import { createOwnPrompt } from '$lib/server/prompts';
import {
	connectError,
	EVENT_TIMEOUT_MS,
	joinParticipants,
	once,
	setUpLiveSession,
	startTestServer,
	until,
	type TestClient,
	type TestServer
} from './test-harness';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let server: TestServer;
const appKey = randomBytes(32);

beforeAll(async () => {
	handle = await createTestDatabase();
	// On a Postgres server, through the Postgres adapter, as a deployment runs; on PGlite, without.
	server = await startTestServer(handle.db, appKey, { pool: handle.pool });
});
afterAll(async () => {
	await server?.close();
	await handle.drop();
});

async function coachOf(s: TestServer, setup: { liveSessionId: string; cookie: string }) {
	const coach = s.connect(
		{ role: 'coach', liveSessionId: setup.liveSessionId },
		{ cookie: setup.cookie }
	);
	const state = await once(coach, 'console:state');
	return { coach, state };
}

async function participantsOf(s: TestServer, tokens: string[]) {
	return Promise.all(
		tokens.map(async (token) => {
			const socket = s.connect({ role: 'participant', token });
			const snapshot = await once(socket, 'participant:snapshot');
			return { socket, snapshot, token };
		})
	);
}

async function addAndPush(coach: TestClient, definition: PromptDefinition) {
	const added = await coach.emitWithAck('prompt:add', { definition });
	if (!added.ok) throw new Error(`add failed: ${added.error}`);
	const pushed = await coach.emitWithAck('prompt:push', {
		sessionPromptId: added.data.sessionPromptId
	});
	if (!pushed.ok) throw new Error(`push failed: ${pushed.error}`);
	return { sessionPromptId: added.data.sessionPromptId, roundId: pushed.data.roundId };
}

const submit = (
	socket: TestClient,
	roundId: string,
	answer: unknown,
	idempotencyKey = randomUUID()
) =>
	socket
		.timeout(EVENT_TIMEOUT_MS)
		.emitWithAck('response:submit', { roundId, idempotencyKey, answer });

const liveRowsOf = async (roundId: string) =>
	handle.db.select().from(table.liveResponse).where(eq(table.liveResponse.roundId, roundId));

describe('live sessions over real sockets', () => {
	it('pushes a prompt to every participant at once', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 4);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		expect(people.every((p) => p.snapshot.round === null)).toBe(true);
		const states = people.map((p) => once(p.socket, 'live-session:state'));
		const { roundId } = await addAndPush(coach, scale);
		for (const state of await Promise.all(states)) {
			expect(state.round?.id).toBe(roundId);
			expect(state.round?.prompt.text).toBe(scale.text);
			expect(state.round?.status).toBe('open');
			expect(state.round?.release).toBeNull();
		}
	});

	it('acknowledges an answer only once it is committed, and stores a retry once', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const { coach } = await coachOf(server, setup);
		const [p] = await participantsOf(server, [token!]);
		const { roundId } = await addAndPush(coach, scale);
		const key = randomUUID();
		const first = await submit(p!.socket, roundId, { value: 7 }, key);
		expect(first).toEqual({ ok: true, data: { idempotencyKey: key, offerSupport: false } });
		// Committed: another connection sees it right after the ack.
		expect(await liveRowsOf(roundId)).toHaveLength(1);
		const retries = await Promise.all(
			[1, 2, 3].map(() => submit(p!.socket, roundId, { value: 7 }, key))
		);
		expect(retries.every((r) => r.ok)).toBe(true);
		const rows = await liveRowsOf(roundId);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.answer).toEqual({ value: 7 });
		// A changed answer replaces the device's row, it does not add one.
		await submit(p!.socket, roundId, { value: 3 });
		expect((await liveRowsOf(roundId)).map((r) => r.answer)).toEqual([{ value: 3 }]);
	});

	it('refuses an answer once answering has closed, and counts responded while open', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 3);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		const { roundId } = await addAndPush(coach, scale);
		await submit(people[0]!.socket, roundId, { value: 4 });
		const pass = await people[1]!.socket.emitWithAck('response:submit', {
			roundId,
			idempotencyKey: randomUUID(),
			pass: true
		});
		expect(pass.ok).toBe(true);
		let counts = await once(coach, 'console:counts');
		while (counts.responded < 2) counts = await once(coach, 'console:counts');
		expect(counts).toMatchObject({ responded: 2, joined: 3, inRoom: 3 });

		const closed = await coach.emitWithAck('round:close', { roundId });
		expect(closed).toEqual({ ok: true, data: { released: false } });
		const late = await submit(people[2]!.socket, roundId, { value: 9 });
		expect(late).toEqual({ ok: false, error: 'prompt_closed' });
		expect(await liveRowsOf(roundId)).toHaveLength(2);
	});

	it('lets only the coach drive, and only their own session', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const other = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const { coach } = await coachOf(server, setup);
		const [p] = await participantsOf(server, [token!]);
		const added = await coach.emitWithAck('prompt:add', { definition: scale });
		if (!added.ok) throw new Error('add');
		const asParticipant = await (p!.socket as TestClient).emitWithAck('prompt:push', {
			sessionPromptId: added.data.sessionPromptId
		});
		expect(asParticipant).toEqual({ ok: false, error: 'forbidden' });
		const end = await p!.socket.emitWithAck('live-session:end', { confirm: true });
		expect(end).toEqual({ ok: false, error: 'forbidden' });

		// Another coach's cookie cannot open this console.
		const intruder = server.connect(
			{ role: 'coach', liveSessionId: setup.liveSessionId },
			{ cookie: other.cookie }
		);
		expect(await connectError(intruder)).toBe('forbidden');
		// Nor can anyone without a login, or with a made-up participant token.
		const anonymous = server.connect({ role: 'coach', liveSessionId: setup.liveSessionId });
		expect(await connectError(anonymous)).toBe('unauthorized');
		const forged = server.connect({ role: 'participant', token: 'x'.repeat(43) });
		expect(await connectError(forged)).toBe('unauthorized');
		// A participant cannot answer a round of another session.
		const { coach: otherCoach } = await coachOf(server, other);
		const { roundId: foreignRound } = await addAndPush(otherCoach, scale);
		expect(await submit(p!.socket, foreignRound, { value: 1 })).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await liveRowsOf(foreignRound)).toHaveLength(0);
	});

	it('refuses bad payloads with an error code and stays up', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const { coach } = await coachOf(server, setup);
		const [p] = await participantsOf(server, [token!]);
		const { roundId } = await addAndPush(coach, scale);
		const bad: unknown[] = [
			null,
			42,
			'text',
			[],
			{ roundId: 'not-a-uuid', idempotencyKey: 'k', answer: { value: 1 } },
			{ roundId, idempotencyKey: '', answer: { value: 1 } },
			{ roundId, idempotencyKey: 'k', answer: { value: 11 } },
			{ roundId, idempotencyKey: 'k', answer: { value: '5' } },
			{ roundId, idempotencyKey: 'k', answer: { __proto__: { value: 5 } } },
			{ roundId, idempotencyKey: 'k'.repeat(65), answer: { value: 1 } }
		];
		for (const payload of bad) {
			const r = await (p!.socket as unknown as import('socket.io-client').Socket)
				.timeout(EVENT_TIMEOUT_MS)
				.emitWithAck('response:submit', payload);
			expect(r).toMatchObject({ ok: false, error: 'invalid_payload' });
		}
		for (const payload of [null, {}, { definition: { kind: 'scale', text: '', min: 5, max: 1 } }]) {
			const r = await (coach as unknown as import('socket.io-client').Socket).emitWithAck(
				'prompt:add',
				payload
			);
			expect(r).toMatchObject({ ok: false, error: 'invalid_payload' });
		}
		const wrongRound = await (coach as TestClient).emitWithAck('round:close', {
			roundId: randomUUID()
		});
		expect(wrongRound).toEqual({ ok: false, error: 'not_found' });
		expect(await liveRowsOf(roundId)).toHaveLength(0);
		// Still answering normally afterwards.
		expect((await submit(p!.socket, roundId, { value: 2 })).ok).toBe(true);
	});

	it('closes a connection whose frame exceeds 16 KB', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const [p] = await participantsOf(server, [token!]);
		const gone = new Promise<string>((resolve) =>
			p!.socket.once('disconnect', (reason) => resolve(reason))
		);
		p!.socket.emit(
			'response:submit',
			{
				roundId: randomUUID(),
				idempotencyKey: 'k',
				answer: { text: 'x'.repeat(20_000) }
			},
			() => {}
		);
		expect(await gone).toBe('transport close');
	});

	it('refuses a handshake from a foreign origin', async () => {
		const socket = rawConnect(server.url, {
			transports: ['websocket'],
			extraHeaders: { origin: 'https://evil.example' },
			reconnection: false
		});
		const error = await new Promise<string>((resolve) =>
			socket.once('connect_error', (e) => resolve(e.message))
		);
		expect(error).toMatch(/websocket error|xhr poll error/i);
		socket.close();
	});

	it('sends a full snapshot on reconnect, with the device’s own answer', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const { coach } = await coachOf(server, setup);
		const [p] = await participantsOf(server, [token!]);
		const { roundId } = await addAndPush(coach, scale);
		await submit(p!.socket, roundId, { value: 6 });
		p!.socket.disconnect();
		const again = server.connect({ role: 'participant', token: token! });
		const snapshot = await once(again, 'participant:snapshot');
		expect(snapshot.round?.id).toBe(roundId);
		expect(snapshot.round?.status).toBe('open');
		expect(snapshot.mine).toEqual({ passed: false, answer: { value: 6 } });
	});

	it('keeps every acknowledged answer across a server restart, and clients resync', async () => {
		// A server of its own on a database of its own, so it can be stopped and started.
		const own = await createTestDatabase();
		const first = await startTestServer(own.db, appKey);
		const setup = await setUpLiveSession(own.db, first.live);
		const tokens = await joinParticipants(first.live, setup.liveSessionId, 3);
		const { coach } = await coachOf(first, setup);
		const people = await participantsOf(first, tokens);
		const { roundId } = await addAndPush(coach, scale);
		const acks = await Promise.all(
			people.map((p, i) => submit(p.socket, roundId, { value: i + 1 }))
		);
		expect(acks.every((a) => a.ok)).toBe(true);
		const port = first.port;
		// Stop everything, including the database handle, as a killed process would.
		await first.close();
		await own.close();
		const reopened = await openDatabase(
			own.url
				? { databaseUrl: own.url, dataDir: '', migrationsDir: 'drizzle', migrate: false }
				: { dataDir: own.dataDir!, migrationsDir: 'drizzle', migrate: false }
		);
		const second = await startTestServer(reopened.db, appKey, { port });
		try {
			const rows = await reopened.db
				.select()
				.from(table.liveResponse)
				.where(eq(table.liveResponse.roundId, roundId));
			expect(
				rows.map((r) => r.answer).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
			).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }]);
			const resynced = await participantsOf(second, tokens);
			for (const [i, p] of resynced.entries()) {
				expect(p.snapshot.round?.id).toBe(roundId);
				expect(p.snapshot.mine).toEqual({ passed: false, answer: { value: i + 1 } });
			}
			const { coach: coachAgain } = await coachOf(second, setup);
			expect((await coachAgain.emitWithAck('round:close', { roundId })).ok).toBe(true);
		} finally {
			await second.close();
			await reopened.close();
			await own.drop().catch(() => {});
		}
	});

	it('reveals a release to participants and serves the same stored release on reconnect', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 3);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		const { roundId } = await addAndPush(coach, scale);
		for (const [i, p] of people.entries()) await submit(p.socket, roundId, { value: 2 * i });
		const coachState = once(coach, 'console:state');
		expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
			ok: true,
			data: { released: true }
		});
		const afterClose = await coachState;
		expect(afterClose.round?.release).toMatchObject({ state: 'released', answered: 3 });
		const stored = afterClose.round!.release;
		// Participants see nothing until the coach reveals.
		const again = server.connect({ role: 'participant', token: tokens[0]! });
		expect((await once(again, 'participant:snapshot')).round?.release).toBeNull();
		const revealedStates = people.map((p) => once(p.socket, 'live-session:state'));
		expect(await coach.emitWithAck('round:reveal', { roundId, revealed: true })).toEqual({
			ok: true,
			data: null
		});
		for (const state of await Promise.all(revealedStates))
			expect(state.round?.release).toEqual(stored);
		const later = server.connect({ role: 'participant', token: tokens[1]! });
		expect((await once(later, 'participant:snapshot')).round?.release).toEqual(stored);
	});

	it('ends the session for everyone; the tokens stop working', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const { coach } = await coachOf(server, setup);
		const [p] = await participantsOf(server, [token!]);
		const ended = once(p!.socket, 'live-session:ended');
		expect(await coach.emitWithAck('live-session:end', { confirm: true })).toEqual({
			ok: true,
			data: null
		});
		await ended;
		const late = server.connect({ role: 'participant', token: token! });
		expect(await connectError(late)).toBe('unauthorized');
		const [row] = await handle.db
			.select({ status: table.liveSession.status })
			.from(table.liveSession)
			.where(eq(table.liveSession.id, setup.liveSessionId));
		expect(row?.status).toBe('ended');
	});

	it('forgets a device that leaves', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const [p] = await participantsOf(server, [token!]);
		expect(await p!.socket.emitWithAck('participant:leave', null)).toEqual({
			ok: true,
			data: null
		});
		const back = server.connect({ role: 'participant', token: token! });
		expect(await connectError(back)).toBe('unauthorized');
		const [{ n }] = (await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(table.participant)
			.where(eq(table.participant.liveSessionId, setup.liveSessionId))) as [{ n: number }];
		expect(n).toBe(0);
	});

	it('writes a burst of answers in batches, each acknowledged once stored', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 5);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 60);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		const { roundId } = await addAndPush(coach, scale);
		const acks = await Promise.all(
			people.map((p, i) => submit(p.socket, roundId, { value: i % 11 }))
		);
		expect(acks.filter((a) => a.ok)).toHaveLength(60);
		expect(await liveRowsOf(roundId)).toHaveLength(60);
		for (const p of people) p.socket.disconnect();
	});

	it('adds library prompts on the fly, reorders and skips what is left', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const { coach } = await coachOf(server, setup);
		const libraryPromptId = await createOwnPrompt(handle.db, setup.coachId, {
			kind: 'words',
			text: 'One word for today'
		});
		const a = await coach.emitWithAck('prompt:add', { definition: scale });
		const b = await coach.emitWithAck('prompt:add', { promptId: libraryPromptId });
		const c = await coach.emitWithAck('prompt:add', { promptId: randomUUID() });
		expect(a.ok && b.ok).toBe(true);
		expect(c).toEqual({ ok: false, error: 'not_found' });
		if (!a.ok || !b.ok) throw new Error('add');
		const order = async () => {
			const state = once(coach, 'console:state');
			await coach.emitWithAck('prompt:move', {
				sessionPromptId: b.data.sessionPromptId,
				direction: 'up'
			});
			return (await state).prompts.map((p) => p.prompt.text);
		};
		expect(await order()).toEqual(['One word for today', scale.text]);
		expect(
			await coach.emitWithAck('prompt:move', {
				sessionPromptId: b.data.sessionPromptId,
				direction: 'up'
			})
		).toEqual({ ok: false, error: 'cannot_move' });
		// A prompt already asked stays; one not asked yet can be skipped.
		await coach.emitWithAck('prompt:push', { sessionPromptId: a.data.sessionPromptId });
		expect(
			await coach.emitWithAck('prompt:skip', { sessionPromptId: a.data.sessionPromptId })
		).toEqual({
			ok: false,
			error: 'already_asked'
		});
		const skipped = once(coach, 'console:state');
		expect(
			await coach.emitWithAck('prompt:skip', { sessionPromptId: b.data.sessionPromptId })
		).toEqual({
			ok: true,
			data: null
		});
		expect((await skipped).prompts.map((p) => p.prompt.text)).toEqual([scale.text]);
	});

	it('rate-limits a socket that floods the server, and stays up', async () => {
		const setup = await setUpLiveSession(handle.db, server.live);
		const [token] = await joinParticipants(server.live, setup.liveSessionId, 1);
		const [p] = await participantsOf(server, [token!]);
		const results = await Promise.all(
			Array.from({ length: 80 }, () =>
				p!.socket.timeout(EVENT_TIMEOUT_MS).emitWithAck('response:submit', {
					roundId: randomUUID(),
					idempotencyKey: 'k',
					answer: { value: 1 }
				})
			)
		);
		const limited = results.filter((r) => !r.ok && r.error === 'rate_limited').length;
		expect(limited).toBeGreaterThan(20);
		expect(results.filter((r) => !r.ok && r.error === 'not_found').length).toBeGreaterThan(20);
	});
});

/** Every row of one live session, to show that a refused command stored nothing. */
async function rowsOfSession(liveSessionId: string) {
	const parts = await Promise.all([
		handle.db.select().from(table.liveSession).where(eq(table.liveSession.id, liveSessionId)),
		handle.db
			.select()
			.from(table.sessionPrompt)
			.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
			.orderBy(table.sessionPrompt.id),
		handle.db
			.select()
			.from(table.promptRound)
			.where(eq(table.promptRound.liveSessionId, liveSessionId))
			.orderBy(table.promptRound.id),
		handle.db.execute(
			sql`select rr.* from round_release rr join prompt_round r on r.id = rr.round_id where r.live_session_id = ${liveSessionId}`
		),
		handle.db.execute(
			sql`select x.round_id, x.passed, x.answer from response x join prompt_round r on r.id = x.round_id where r.live_session_id = ${liveSessionId} order by 1, 3`
		),
		handle.db.execute(
			sql`select count(*)::int as n from live_response lr join prompt_round r on r.id = lr.round_id where r.live_session_id = ${liveSessionId}`
		)
	]);
	return JSON.stringify(parts);
}

describe('after the end, over the sockets that stayed open', () => {
	it('refuses every command with `ended` and stores nothing, whichever transport ended it', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 3);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		const libraryPromptId = await createOwnPrompt(handle.db, setup.coachId, {
			kind: 'words',
			text: 'One word for today'
		});
		const { roundId, sessionPromptId } = await addAndPush(coach, scale);
		const spare = await coach.emitWithAck('prompt:add', {
			definition: { kind: 'text', text: 'Not asked yet' }
		});
		if (!spare.ok) throw new Error('add');
		for (const p of people) expect((await submit(p.socket, roundId, { value: 5 })).ok).toBe(true);
		expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
			ok: true,
			data: { released: true }
		});

		// Ended through the domain, as the page's form does, while both sockets stay connected.
		const told = people.map((p) => once(p.socket, 'live-session:ended'));
		expect(await server.live.end(setup.actor)).toEqual({ ok: true, data: null });
		await Promise.all(told);
		expect(coach.connected && people.every((p) => p.socket.connected)).toBe(true);
		const before = await rowsOfSession(setup.liveSessionId);

		const spareId = spare.data.sessionPromptId;
		const attempts = {
			'prompt:add (typed)': coach.emitWithAck('prompt:add', {
				definition: { kind: 'text', text: 'Sneaked in after the end' }
			}),
			'prompt:add (library)': coach.emitWithAck('prompt:add', { promptId: libraryPromptId }),
			'prompt:move': coach.emitWithAck('prompt:move', {
				sessionPromptId: spareId,
				direction: 'up'
			}),
			'prompt:skip': coach.emitWithAck('prompt:skip', { sessionPromptId: spareId }),
			'prompt:push': coach.emitWithAck('prompt:push', { sessionPromptId }),
			'round:close': coach.emitWithAck('round:close', { roundId }),
			'round:reveal': coach.emitWithAck('round:reveal', { roundId, revealed: true }),
			'live-session:end': coach.emitWithAck('live-session:end', { confirm: true }),
			'response:submit': submit(people[0]!.socket, roundId, { value: 1 })
		};
		for (const [name, attempt] of Object.entries(attempts)) {
			expect(await attempt, name).toEqual({ ok: false, error: 'ended' });
		}
		expect(await rowsOfSession(setup.liveSessionId)).toBe(before);
	});

	it('cuts off a client that ignores the end, a little later', async () => {
		const own = await startTestServer(handle.db, appKey, { disconnectAfterEndMs: 500 });
		try {
			const setup = await setUpLiveSession(handle.db, own.live, 3);
			const [token] = await joinParticipants(own.live, setup.liveSessionId, 1);
			const { coach } = await coachOf(own, setup);
			const [p] = await participantsOf(own, [token!]);
			const gone = [coach, p!.socket].map(
				(socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve))
			);
			const told = once(p!.socket, 'live-session:ended');
			expect(await own.live.end(setup.actor)).toEqual({ ok: true, data: null });
			await told;
			expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
		} finally {
			await own.close();
		}
	});
});

describe('counts on the console', () => {
	it('reach the coach only when a number changed: an edited answer sends nothing', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const [first, second] = await joinParticipants(server.live, setup.liveSessionId, 2);
		const { coach } = await coachOf(server, setup);
		const seen: string[] = [];
		coach.on('console:counts', (c) => seen.push(`${c.inRoom}/${c.joined}/${c.responded}`));
		const [a] = await participantsOf(server, [first!]);
		const { roundId } = await addAndPush(coach, scale);
		expect((await submit(a!.socket, roundId, { value: 3 })).ok).toBe(true);
		await until(coach, 'console:counts', (c) => c.responded === 1);
		// The same phone changes its mind three times: the numbers stay the same.
		for (const value of [4, 5, 6])
			expect((await submit(a!.socket, roundId, { value })).ok).toBe(true);
		// Longer than many coalescing intervals (20 ms in tests), so an update would have gone out.
		await new Promise((r) => setTimeout(r, 300));
		await participantsOf(server, [second!]);
		await until(coach, 'console:counts', (c) => c.inRoom === 2);
		expect(seen.filter((s) => s === '1/2/1')).toHaveLength(1);
		for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
		expect(seen.at(-1)).toBe('2/2/1');
	});
});

describe('what every phone sees of the room', () => {
	it('how many phones joined, as soon as one more does (so the room can count them)', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 5);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 2);
		const people = await participantsOf(server, tokens);
		expect(people.map((p) => p.snapshot.phones)).toEqual([2, 2]);
		const told = people.map((p) => until(p.socket, 'live-session:phones', (u) => u.phones === 4));
		await joinParticipants(server.live, setup.liveSessionId, 2);
		expect(await Promise.all(told)).toEqual([{ phones: 4 }, { phones: 4 }]);
		const { coach } = await coachOf(server, setup);
		const stateWithPhones = once(people[0]!.socket, 'live-session:state');
		await addAndPush(coach, scale);
		expect((await stateWithPhones).phones).toBe(4);
	});

	it('never a second round of a prompt that released: the console is refused', async () => {
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 4);
		const { coach } = await coachOf(server, setup);
		const people = await participantsOf(server, tokens);
		const { roundId, sessionPromptId } = await addAndPush(coach, scale);
		for (const p of people.slice(0, 3)) await submit(p.socket, roundId, { value: 4 });
		expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
			ok: true,
			data: { released: true }
		});
		expect(await coach.emitWithAck('prompt:push', { sessionPromptId })).toEqual({
			ok: false,
			error: 'already_released'
		});
		const rounds = await handle.db
			.select()
			.from(table.promptRound)
			.where(eq(table.promptRound.sessionPromptId, sessionPromptId));
		expect(rounds).toHaveLength(1);
	});
});
