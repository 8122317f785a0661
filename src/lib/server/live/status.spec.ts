import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, Result } from '$lib/result';
import { rowsOf, type Database } from '$lib/server/db';
import type { LiveSessionStatus } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { registerCoach } from '$lib/server/coaches';
import type { CoachActor, LiveDomain } from './index';
import type { NotifyEvent } from './notify';
import { STATUS_RULES, statusError, type Operation } from './status';
import { createTestCoach, createTestLive, scalePrompt as scale, must } from './test-live';

// Every rule of the status table, through the domain itself: whatever transport calls it
// (a form, a socket, the CLI) meets the same refusal, and a refusal stores nothing.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;
let events: NotifyEvent[];
let coachId: string;
let groupId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	const test = createTestLive(db);
	live = test.live;
	events = test.notify!.events;
});
afterAll(async () => {
	await handle?.drop();
});

/** A live session in the given status, with two prompts, a released round, a device. */
async function sessionIn(status: LiveSessionStatus) {
	const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'S', k: 3 }));
	const actor: CoachActor = { coachId, liveSessionId };
	const first = must(await live.addPrompt(actor, { definition: scale })).sessionPromptId;
	const second = must(
		await live.addPrompt(actor, { definition: { kind: 'text', text: 'What helped?' } })
	).sessionPromptId;
	let roundId: string = randomUUID();
	let token = 'x'.repeat(43);
	if (status !== 'draft') {
		must(await live.start(actor));
		const tokens = [];
		for (let i = 0; i < 3; i++) tokens.push(must(await live.join(liveSessionId)).token);
		token = tokens[0]!;
		roundId = must(await live.push(actor, first)).roundId;
		for (const t of tokens) {
			must(
				await live.submitAnswer(
					{ liveSessionId, token: t },
					{ roundId, idempotencyKey: randomUUID(), answer: { value: 4 } }
				)
			);
		}
		expect(must(await live.close(actor, roundId))).toEqual({ released: true });
	}
	if (status === 'ended') must(await live.end(actor));
	return { actor, first, second, roundId, token };
}

type Setup = Awaited<ReturnType<typeof sessionIn>>;

/** Each operation of the table, as a caller would invoke it. */
const attempts: Record<Operation, (s: Setup) => Promise<Result<unknown>>> = {
	updateDraft: (s) => live.updateDraft(s.actor, { title: 'Renamed', k: 4 }),
	start: (s) => live.start(s.actor),
	delete: (s) => live.delete(s.actor),
	addPrompt: (s) => live.addPrompt(s.actor, { definition: { kind: 'words', text: 'One word' } }),
	movePrompt: (s) => live.movePrompt(s.actor, s.second, 'up'),
	removePrompt: (s) => live.removePrompt(s.actor, s.second),
	push: (s) => live.push(s.actor, s.second),
	close: (s) => live.close(s.actor, s.roundId),
	reveal: (s) => live.reveal(s.actor, s.roundId, true),
	moderate: (s) => live.setHidden(s.actor, s.roundId, { text: 0 }, true),
	lock: (s) => live.setLocked(s.actor, true),
	rotateCode: (s) => live.rotateJoinCode(s.actor),
	showCard: (s) => live.showCard(s.actor, 'support'),
	closingNote: (s) => live.setClosingNote(s.actor, 'See you next week.'),
	end: (s) => live.end(s.actor),
	join: (s) => live.join(s.actor.liveSessionId),
	answer: (s) =>
		live.submitAnswer(
			{ liveSessionId: s.actor.liveSessionId, token: s.token },
			{ roundId: s.roundId, idempotencyKey: randomUUID(), answer: { value: 9 } }
		)
};

/** Every row that belongs to one live session, as a dump would show it. */
async function rowsOfSession(liveSessionId: string): Promise<string> {
	const queries = {
		live_session: sql`select * from live_session where id = ${liveSessionId}`,
		session_prompt: sql`select * from session_prompt where live_session_id = ${liveSessionId} order by id`,
		prompt_round: sql`select * from prompt_round where live_session_id = ${liveSessionId} order by id`,
		round_release: sql`select rr.* from round_release rr join prompt_round r on r.id = rr.round_id where r.live_session_id = ${liveSessionId} order by rr.round_id`,
		live_response: sql`select lr.* from live_response lr join prompt_round r on r.id = lr.round_id where r.live_session_id = ${liveSessionId} order by lr.id`,
		response: sql`select x.round_id, x.passed, x.answer from response x join prompt_round r on r.id = x.round_id where r.live_session_id = ${liveSessionId} order by 1, 3`,
		participant: sql`select * from participant where live_session_id = ${liveSessionId} order by id`,
		prompt: sql`select count(*)::int as n from prompt where coach_id = ${coachId}`
	};
	const out: Record<string, unknown> = {};
	for (const [name, query] of Object.entries(queries)) out[name] = rowsOf(await db.execute(query));
	return JSON.stringify(out);
}

describe('the status table', () => {
	it('names the error each status gives', () => {
		const seen = new Map<string, ErrorCode | null>();
		for (const operation of Object.keys(STATUS_RULES) as Operation[]) {
			for (const status of ['draft', 'live', 'ended'] as const) {
				seen.set(`${operation}:${status}`, statusError(operation, status));
			}
		}
		expect(Object.fromEntries(seen)).toEqual({
			'updateDraft:draft': null,
			'updateDraft:live': 'not_draft',
			'updateDraft:ended': 'ended',
			'start:draft': null,
			'start:live': 'not_draft',
			'start:ended': 'ended',
			'delete:draft': null,
			'delete:live': 'still_live',
			'delete:ended': null,
			'addPrompt:draft': null,
			'addPrompt:live': null,
			'addPrompt:ended': 'ended',
			'movePrompt:draft': null,
			'movePrompt:live': null,
			'movePrompt:ended': 'ended',
			'removePrompt:draft': null,
			'removePrompt:live': null,
			'removePrompt:ended': 'ended',
			'push:draft': 'not_live',
			'push:live': null,
			'push:ended': 'ended',
			'close:draft': 'not_live',
			'close:live': null,
			'close:ended': 'ended',
			'reveal:draft': 'not_live',
			'reveal:live': null,
			'reveal:ended': 'ended',
			'moderate:draft': 'not_live',
			'moderate:live': null,
			'moderate:ended': 'ended',
			'lock:draft': 'not_live',
			'lock:live': null,
			'lock:ended': 'ended',
			'rotateCode:draft': 'not_live',
			'rotateCode:live': null,
			'rotateCode:ended': 'ended',
			'showCard:draft': 'not_live',
			'showCard:live': null,
			'showCard:ended': 'ended',
			'closingNote:draft': null,
			'closingNote:live': null,
			'closingNote:ended': 'ended',
			'end:draft': 'not_live',
			'end:live': null,
			'end:ended': 'ended',
			'join:draft': 'not_live',
			'join:live': null,
			'join:ended': 'ended',
			'answer:draft': 'not_live',
			'answer:live': null,
			'answer:ended': 'ended'
		});
	});
});

describe.each(['draft', 'live', 'ended'] as const)('a %s live session', (status) => {
	const refusedHere = (Object.keys(STATUS_RULES) as Operation[]).filter(
		(operation) => statusError(operation, status) !== null
	);

	it.each(refusedHere)(
		'refuses %s with the table’s error, and stores nothing',
		async (operation) => {
			const setup = await sessionIn(status);
			const before = await rowsOfSession(setup.actor.liveSessionId);
			const announced = events.length;
			const result = await attempts[operation](setup);
			expect(result).toMatchObject({ ok: false, error: statusError(operation, status) });
			expect(await rowsOfSession(setup.actor.liveSessionId)).toBe(before);
			expect(events.slice(announced)).toEqual([]);
		}
	);

	it('lets another coach do nothing at all', async () => {
		const setup = await sessionIn(status);
		const other = await registerCoach(db, {
			email: `other-${randomBytes(4).toString('hex')}@example.org`,
			displayName: 'Other',
			password: 'another coach entirely'
		});
		if (!other.ok) throw new Error('register');
		const intruder = { ...setup, actor: { ...setup.actor, coachId: other.coach.id } };
		const before = await rowsOfSession(setup.actor.liveSessionId);
		for (const operation of [
			'updateDraft',
			'start',
			'delete',
			'addPrompt',
			'movePrompt',
			'removePrompt',
			'push',
			'close',
			'reveal',
			'moderate',
			'lock',
			'rotateCode',
			'showCard',
			'closingNote',
			'end'
		] as const) {
			expect(await attempts[operation](intruder), operation).toEqual({
				ok: false,
				error: 'not_found'
			});
		}
		expect(await rowsOfSession(setup.actor.liveSessionId)).toBe(before);
	});
});

describe('announcements', () => {
	it('tells consoles of every change while live, and nobody while a draft', async () => {
		const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'S', k: 3 }));
		const actor = { coachId, liveSessionId };
		const mark = events.length;
		const sp = must(await live.addPrompt(actor, { definition: scale })).sessionPromptId;
		must(await live.updateDraft(actor, { title: 'Week 2', k: 3 }));
		expect(events.slice(mark)).toEqual([]);

		must(await live.start(actor));
		const at = () =>
			events.slice(mark).map((e) => `${e.type}${'audience' in e ? `:${e.audience}` : ''}`);
		const token = must(await live.join(liveSessionId)).token;
		expect(at()).toEqual(['countsChanged']);
		const extra = must(
			await live.addPrompt(actor, { definition: { kind: 'text', text: 'More?' } })
		).sessionPromptId;
		must(await live.movePrompt(actor, extra, 'up'));
		must(await live.removePrompt(actor, extra));
		const { roundId } = must(await live.push(actor, sp));
		must(
			await live.submitAnswer(
				{ liveSessionId, token },
				{ roundId, idempotencyKey: randomUUID(), pass: true }
			)
		);
		must(await live.close(actor, roundId));
		must(await live.leave({ liveSessionId, token }));
		must(await live.end(actor));
		expect(at()).toEqual([
			'countsChanged',
			'stateChanged:console',
			'stateChanged:console',
			'stateChanged:console',
			'stateChanged:everyone',
			'countsChanged',
			'stateChanged:everyone',
			'countsChanged',
			'ended'
		]);
		expect(events.slice(mark).every((e) => e.liveSessionId === liveSessionId)).toBe(true);
	});

	it('raises the state version with every change a console sees, and never for an answer', async () => {
		const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'S', k: 3 }));
		const actor = { coachId, liveSessionId };
		const sp = must(await live.addPrompt(actor, { definition: scale })).sessionPromptId;
		must(await live.start(actor));
		const version = async () => (await live.coachState(liveSessionId))!.version;
		const seen = [await version()];
		const token = must(await live.join(liveSessionId)).token;
		const { roundId } = must(await live.push(actor, sp));
		seen.push(await version());
		must(
			await live.submitAnswer(
				{ liveSessionId, token },
				{ roundId, idempotencyKey: randomUUID(), answer: { value: 3 } }
			)
		);
		seen.push(await version());
		must(await live.close(actor, roundId));
		seen.push(await version());
		expect(seen[1]).toBeGreaterThan(seen[0]!);
		expect(seen[2]).toBe(seen[1]);
		expect(seen[3]).toBeGreaterThan(seen[2]!);
		expect((await live.participantState(liveSessionId))!.version).toBe(seen[3]);
	});
});

describe('the prompt list while live', () => {
	it('keeps a prompt that was asked (and its rounds), and moves only within the list', async () => {
		const setup = await sessionIn('live');
		const before = await rowsOfSession(setup.actor.liveSessionId);
		expect(await live.removePrompt(setup.actor, setup.first)).toEqual({
			ok: false,
			error: 'already_asked'
		});
		expect(await live.movePrompt(setup.actor, setup.first, 'up')).toEqual({
			ok: false,
			error: 'cannot_move'
		});
		expect(await live.removePrompt(setup.actor, randomUUID())).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await live.removePrompt(setup.actor, 'not-a-uuid')).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await rowsOfSession(setup.actor.liveSessionId)).toBe(before);
		expect(await live.removePrompt(setup.actor, setup.second)).toEqual({ ok: true, data: null });
		expect((await live.coachState(setup.actor.liveSessionId))!.prompts.map((p) => p.id)).toEqual([
			setup.first
		]);
	});
});
