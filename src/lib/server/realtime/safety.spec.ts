import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplayState, ParticipantState } from '$lib/realtime/events';
import { createTestDatabase } from '$lib/server/db/test-db';
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
import { COACH_COMMANDS, PARTICIPANT_COMMANDS } from './commands';

// Safety, moderation and the room display over real sockets: what each audience receives,
// and that a display can watch but never drive.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let server: TestServer;

beforeAll(async () => {
	handle = await createTestDatabase();
	server = await startTestServer(handle.db, randomBytes(32), { pool: handle.pool });
});
afterAll(async () => {
	await server?.close();
	await handle.drop();
});

const CRISIS = 'Some nights I think everyone would be better off without me.';

/** Every payload a socket receives, in order, as one string per event. */
function record(socket: TestClient): string[] {
	const seen: string[] = [];
	socket.onAny((event: string, payload: unknown) =>
		seen.push(`${event} ${JSON.stringify(payload)}`)
	);
	return seen;
}

async function room(k = 3, phones = 4) {
	const setup = await setUpLiveSession(handle.db, server.live, k);
	const coach = server.connect(
		{ role: 'coach', liveSessionId: setup.liveSessionId },
		{ cookie: setup.cookie }
	);
	const state = await once(coach, 'console:state');
	const url = new URL(state.liveSession.displayUrl!);
	const display = server.connect({
		role: 'display',
		liveSessionId: setup.liveSessionId,
		token: url.hash.slice(1)
	});
	const displaySeen = record(display);
	await once(display, 'display:state');
	const tokens = await joinParticipants(server.live, setup.liveSessionId, phones);
	const sockets = await Promise.all(
		tokens.map(async (token) => {
			const socket = server.connect({ role: 'participant', token });
			const seen = record(socket);
			await once(socket, 'participant:snapshot');
			return { socket, seen };
		})
	);
	return {
		...setup,
		coach,
		display,
		displaySeen,
		phones: sockets,
		displayToken: url.hash.slice(1)
	};
}

async function pushText(coach: TestClient, text: string) {
	const added = await coach.emitWithAck('prompt:add', { definition: { kind: 'text', text } });
	if (!added.ok) throw new Error(added.error);
	const pushed = await coach.emitWithAck('prompt:push', {
		sessionPromptId: added.data.sessionPromptId
	});
	if (!pushed.ok) throw new Error(pushed.error);
	return pushed.data.roundId;
}

const answer = (socket: TestClient, roundId: string, text: string) =>
	socket
		.timeout(EVENT_TIMEOUT_MS)
		.emitWithAck('response:submit', { roundId, idempotencyKey: randomUUID(), answer: { text } });

describe('signs of crisis over sockets', () => {
	it('offers support in the writer’s own acknowledgement, and tells only the coach, only at close', async () => {
		const r = await room();
		const coachSeen = record(r.coach);
		const roundId = await pushText(r.coach, 'What has this month asked of you?');
		const texts = ['More nights than I can count', CRISIS, 'Patience', 'Time with my kids'];
		const acks = await Promise.all(r.phones.map((p, i) => answer(p.socket, roundId, texts[i]!)));
		expect(acks.map((a) => a.ok && a.data.offerSupport)).toEqual([false, true, false, false]);

		// Until the close, nothing anywhere says an answer may need attention.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(coachSeen.join('\n')).not.toContain('"attention":true');

		const closed = until(r.coach, 'console:state', (s) => s.round?.status === 'closed');
		expect(await r.coach.emitWithAck('round:close', { roundId })).toMatchObject({ ok: true });
		const state = await closed;
		expect(state.round!.attention).toBe(true);
		// The notice names no answer and no phone: only the round, and what is kept off the room.
		expect(Object.keys(state.round!).sort()).toEqual(
			[
				'attention',
				'hidden',
				'id',
				'masked',
				'participantNote',
				'prompt',
				'release',
				'revealed',
				'roundNumber',
				'sessionPromptId',
				'status'
			].sort()
		);

		const revealed = Promise.all([
			...r.phones.map((p) =>
				until(p.socket, 'live-session:state', (s: ParticipantState) => Boolean(s.round?.revealed))
			),
			until(r.display, 'display:state', (s: DisplayState) => Boolean(s.round?.revealed))
		]);
		expect(await r.coach.emitWithAck('round:reveal', { roundId, revealed: true })).toMatchObject({
			ok: true
		});
		await revealed;

		// The coach sends the support card to every phone with one command.
		const cards = Promise.all(
			r.phones.map((p) => until(p.socket, 'live-session:state', (s) => s.card === 'support'))
		);
		expect(await r.coach.emitWithAck('room:card', { card: 'support' })).toMatchObject({ ok: true });
		await cards;
		await new Promise((resolve) => setTimeout(resolve, 100));

		for (const seen of [...r.phones.map((p) => p.seen), r.displaySeen]) {
			const all = seen.join('\n');
			expect(all).not.toContain('attention');
			expect(all).not.toContain('better off without me');
		}
		expect(r.displaySeen.join('\n')).not.toContain('support');
	});
});

describe('moderation over sockets', () => {
	it('keeps a hidden answer from ever reaching the display or the phones', async () => {
		const r = await room();
		const roundId = await pushText(r.coach, 'One thing you noticed this week');
		const texts = ['Dr Grey on ward 9 made me cry', 'Tea with a nurse', 'Sunlight', 'A quiet hour'];
		await Promise.all(r.phones.map((p, i) => answer(p.socket, roundId, texts[i]!)));
		const closed = until(r.coach, 'console:state', (s) => s.round?.status === 'closed');
		await r.coach.emitWithAck('round:close', { roundId });
		const state = await closed;
		const release = state.round!.release;
		if (release?.state !== 'released' || release.results.kind !== 'text')
			throw new Error('release');
		const at = release.results.texts.indexOf(texts[0]!);
		// Hidden before revealing: the room never sees it, not even for a moment.
		const hidden = until(
			r.coach,
			'console:state',
			(s) => s.round?.hidden.texts.includes(at) ?? false
		);
		expect(
			await r.coach.emitWithAck('round:hide', { roundId, text: at, hidden: true })
		).toMatchObject({ ok: true });
		await hidden;
		const shown = until(r.display, 'display:state', (s) => Boolean(s.round?.revealed));
		await r.coach.emitWithAck('round:reveal', { roundId, revealed: true });
		const onDisplay = await shown;
		const results = onDisplay.round!.release;
		expect(
			results?.state === 'released' && results.results.kind === 'text' && results.results.texts
		).toHaveLength(3);
		await new Promise((resolve) => setTimeout(resolve, 100));
		for (const seen of [...r.phones.map((p) => p.seen), r.displaySeen]) {
			expect(seen.join('\n')).not.toContain('ward 9');
		}
		// Bad hide payloads are refused with a clear code and change nothing.
		for (const bad of [
			{ roundId, text: 'x', hidden: true },
			{ roundId, hidden: true },
			{ roundId, text: 99, hidden: true },
			null
		]) {
			const ack = await r.coach.emitWithAck('round:hide', bad as never);
			expect(ack.ok).toBe(false);
		}
		// A phone cannot moderate.
		expect(
			await r.phones[0]!.socket.emitWithAck('round:hide', { roundId, text: 0, hidden: false })
		).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});
});

describe('the room display', () => {
	it('reads the room but cannot drive it, and is refused once the session ends', async () => {
		const r = await room();
		for (const command of [...COACH_COMMANDS, ...PARTICIPANT_COMMANDS]) {
			const ack = await r.display
				.timeout(EVENT_TIMEOUT_MS)
				.emitWithAck(command as 'round:close', { roundId: randomUUID() });
			expect(ack, command).toEqual({ ok: false, error: 'forbidden' });
		}
		// It follows the session without a click: a push reaches it with the prompt.
		const pushedState = until(r.display, 'display:state', (s) => s.round?.status === 'open');
		const counted = until(r.display, 'display:counts', (c) => c.responded === 1);
		const roundId = await pushText(r.coach, 'What do you need more of?');
		expect((await pushedState).round!.prompt.text).toBe('What do you need more of?');
		await answer(r.phones[0]!.socket, roundId, 'Sleep');
		expect(await counted).toEqual({ phones: 4, responded: 1 });

		// A wrong token, another session's token, or none, opens nothing.
		for (const auth of [
			{ role: 'display', liveSessionId: r.liveSessionId, token: 'A'.repeat(32) },
			{ role: 'display', liveSessionId: r.liveSessionId },
			{ role: 'display', liveSessionId: randomUUID(), token: r.displayToken }
		]) {
			const refused = server.connect(auth);
			expect(await connectError(refused)).toBe('unauthorized');
			refused.disconnect();
		}

		const ended = once(r.display, 'live-session:ended');
		expect(await r.coach.emitWithAck('live-session:end', { confirm: true })).toMatchObject({
			ok: true
		});
		await ended;
		const late = server.connect({
			role: 'display',
			liveSessionId: r.liveSessionId,
			token: r.displayToken
		});
		expect(await connectError(late)).toBe('unauthorized');
		late.disconnect();
	});

	it('shows the new code after a rotation and none while the room is locked', async () => {
		const r = await room(3, 1);
		const first = (await server.live.displayState(r.liveSessionId))!.liveSession.joinCode!;
		const rotated = until(r.display, 'display:state', (s) =>
			Boolean(s.liveSession.joinCode && s.liveSession.joinCode !== first)
		);
		const ack = await r.coach.emitWithAck('room:rotate-code', null);
		if (!ack.ok) throw new Error(ack.error);
		expect((await rotated).liveSession.joinCode).toBe(ack.data.joinCode);
		expect(await server.live.findByCode(first)).toBeNull();

		const locked = until(r.display, 'display:state', (s) => s.liveSession.locked);
		await r.coach.emitWithAck('room:lock', { locked: true });
		const view = await locked;
		expect(view.liveSession.joinCode).toBeNull();
		expect(view.qrSvg).toBeNull();
		expect(await server.live.join(r.liveSessionId)).toEqual({ ok: false, error: 'locked' });
		// The phone already in stays, and still answers.
		const roundId = await pushText(r.coach, 'Still here?');
		expect(await answer(r.phones[0]!.socket, roundId, 'Yes')).toMatchObject({ ok: true });
	});
});

describe('a moment over sockets', () => {
	it('reaches every phone and the display with its words, and refuses any answer or pass', async () => {
		const r = await room(3, 3);
		const text = 'Ten slow breaths. Eyes open or closed, whatever feels right.';
		const added = await r.coach.emitWithAck('prompt:add', {
			definition: { kind: 'moment', text, seconds: 90 }
		});
		if (!added.ok) throw new Error(added.error);
		const shown = Promise.all([
			...r.phones.map((p) =>
				until(p.socket, 'live-session:state', (s) => s.round?.prompt.text === text)
			),
			until(r.display, 'display:state', (s: DisplayState) => s.round?.prompt.text === text)
		]);
		const pushed = await r.coach.emitWithAck('prompt:push', {
			sessionPromptId: added.data.sessionPromptId
		});
		if (!pushed.ok) throw new Error(pushed.error);
		await shown;
		const { roundId } = pushed.data;
		const [a, b] = r.phones;
		const refusals = await Promise.all([
			a!.socket.timeout(EVENT_TIMEOUT_MS).emitWithAck('response:submit', {
				roundId,
				idempotencyKey: randomUUID(),
				answer: { text: 'here' }
			}),
			b!.socket.timeout(EVENT_TIMEOUT_MS).emitWithAck('response:submit', {
				roundId,
				idempotencyKey: randomUUID(),
				pass: true
			})
		]);
		for (const refusal of refusals) {
			expect(refusal).toMatchObject({ ok: false, error: 'invalid_payload' });
		}
		expect((await server.live.roomCounts(r.liveSessionId))?.responded).toBe(0);
		const closed = until(r.coach, 'console:state', (s) => s.round?.status === 'closed');
		expect(await r.coach.emitWithAck('round:close', { roundId })).toMatchObject({ ok: true });
		expect((await closed).round).toMatchObject({ release: null, attention: false });
	});
});
