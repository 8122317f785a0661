import { randomBytes, randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { createTestDatabase } from '$lib/server/db/test-db';
import { logError, logEvent } from '$lib/server/log';
import {
	connectError,
	EVENT_TIMEOUT_MS,
	joinParticipants,
	once,
	setUpLiveSession,
	startTestServer,
	type TestClient
} from './test-harness';

// Logs never contain response content, participant tokens or query parameters.
// Everything written to stdout, stderr or the console during a whole session is captured,
// and a planted answer and the tokens are searched for in it.

const captured: string[] = [];
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

beforeAll(() => {
	for (const stream of [process.stdout, process.stderr]) {
		// Recorded, not shown; a completion callback, if any, is still called.
		vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
			captured.push(
				typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString()
			);
			(rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
			return true;
		}) as typeof stream.write);
	}
	for (const method of CONSOLE_METHODS) {
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			captured.push(format(...args));
		});
	}
});
afterAll(() => {
	vi.restoreAllMocks();
});

const textPrompt: PromptDefinition = { kind: 'text', text: 'What stayed with you this week?' };

describe('logs', () => {
	it('never contain an answer, a participant token or a login token', async () => {
		const handle = await createTestDatabase();
		const appKey = randomBytes(32);
		const server = await startTestServer(handle.db, appKey);
		const planted = `planted-answer-${randomBytes(12).toString('hex')}`;
		const plantedWord = `plantedword${randomBytes(6).toString('hex')}`;
		const forgedToken = `forged${randomBytes(24).toString('hex')}`;
		const setup = await setUpLiveSession(handle.db, server.live, 3);
		const cookieToken = setup.cookie.slice(setup.cookie.indexOf('=') + 1);
		const tokens = await joinParticipants(server.live, setup.liveSessionId, 3);
		try {
			const coach = server.connect(
				{ role: 'coach', liveSessionId: setup.liveSessionId },
				{ cookie: setup.cookie }
			);
			await once(coach, 'console:state');
			const people: TestClient[] = [];
			for (const token of tokens) {
				const socket = server.connect({ role: 'participant', token });
				await once(socket, 'participant:snapshot');
				people.push(socket);
			}
			const added = await coach.emitWithAck('prompt:add', { definition: textPrompt });
			if (!added.ok) throw new Error('add failed');
			const pushed = await coach.emitWithAck('prompt:push', {
				sessionPromptId: added.data.sessionPromptId
			});
			if (!pushed.ok) throw new Error('push failed');
			const { roundId } = pushed.data;
			const submit = (socket: TestClient, payload: unknown) =>
				(socket as unknown as import('socket.io-client').Socket)
					.timeout(EVENT_TIMEOUT_MS)
					.emitWithAck('response:submit', payload);

			// The planted answer, and two more so the round is released and revealed.
			expect(
				await submit(people[0]!, {
					roundId,
					idempotencyKey: randomUUID(),
					answer: { text: planted }
				})
			).toMatchObject({ ok: true });
			for (const [i, socket] of people.slice(1).entries()) {
				expect(
					await submit(socket, {
						roundId,
						idempotencyKey: randomUUID(),
						answer: { text: `${planted}-${i}` }
					})
				).toMatchObject({ ok: true });
			}

			// Bad payloads carrying the planted text, and a round that does not exist.
			const bad: unknown[] = [
				{ roundId: planted, idempotencyKey: 'k', answer: { text: planted } },
				{ roundId, idempotencyKey: planted.repeat(4), answer: { text: planted } },
				{ roundId, idempotencyKey: 'k', answer: { text: planted.repeat(30) } },
				{ roundId, idempotencyKey: 'k', answer: { text: `${planted}\u0000` } },
				{ roundId, idempotencyKey: 'k', answer: { words: [plantedWord] } },
				planted,
				[planted, tokens[0]]
			];
			for (const payload of bad) {
				expect(await submit(people[0]!, payload)).toMatchObject({ ok: false });
			}
			expect(
				await submit(people[0]!, {
					roundId: randomUUID(),
					idempotencyKey: 'k',
					answer: { text: planted }
				})
			).toEqual({ ok: false, error: 'not_found' });
			// A participant trying coach commands, with the planted text.
			expect(
				await (people[1] as unknown as import('socket.io-client').Socket).emitWithAck(
					'prompt:add',
					{ definition: { kind: 'text', text: planted } }
				)
			).toEqual({ ok: false, error: 'forbidden' });

			// A server error whose message carries the answer and the token: logged, but
			// only by its class.
			const failing = vi.spyOn(handle.db, 'transaction').mockRejectedValueOnce(
				Object.assign(new Error(`could not store ${planted} for ${tokens[2]}`), {
					detail: `Key (dedupe_key)=(${planted}) ${tokens[2]}`
				})
			);
			expect(
				await submit(people[2]!, {
					roundId,
					idempotencyKey: randomUUID(),
					answer: { text: `${planted} again` }
				})
			).toEqual({ ok: false, error: 'server_error' });
			failing.mockRestore();
			expect(captured.join('\n')).toContain('socket_response:submit_failed');

			// Forged and wrong credentials.
			const forged = server.connect({ role: 'participant', token: forgedToken });
			expect(await connectError(forged)).toBe('unauthorized');
			const wrongCookie = server.connect(
				{ role: 'coach', liveSessionId: setup.liveSessionId },
				{ cookie: `${SESSION_COOKIE}=${forgedToken}` }
			);
			expect(await connectError(wrongCookie)).toMatch(/unauthorized|forbidden/);

			// Close (released), reveal, reconnect, leave, end.
			expect(await coach.emitWithAck('round:close', { roundId })).toEqual({
				ok: true,
				data: { released: true }
			});
			expect(await coach.emitWithAck('round:reveal', { roundId, revealed: true })).toEqual({
				ok: true,
				data: null
			});
			const again = server.connect({ role: 'participant', token: tokens[0]! });
			const snapshot = await once(again, 'participant:snapshot');
			expect(JSON.stringify(snapshot)).toContain(planted); // the answer did travel
			expect(await people[1]!.emitWithAck('participant:leave', null)).toEqual({
				ok: true,
				data: null
			});
			expect(await coach.emitWithAck('live-session:end', { confirm: true })).toEqual({
				ok: true,
				data: null
			});
		} finally {
			await server.close();
			await handle.drop();
		}

		// The capture works: these go through the same console and streams.
		logError('probe', new Error(`probe failure ${planted}`));
		logEvent('probe_event', { n: 1 });
		process.stderr.write('stderr-probe\n');
		const all = captured.join('\n');
		expect(all).toContain('"event":"probe"');
		expect(all).toContain('"event":"probe_event"');
		expect(all).toContain('stderr-probe');

		// And none of it holds an answer, a token or a login.
		const secrets = [planted, plantedWord, forgedToken, cookieToken, ...tokens];
		expect(secrets.filter((s) => all.includes(s))).toEqual([]);
		// Not even in part (a log that cut the answer short would still leak it).
		expect(all).not.toContain(planted.slice(0, 30));
		for (const token of [...tokens, cookieToken]) expect(all).not.toContain(token.slice(0, 16));
	});
});
