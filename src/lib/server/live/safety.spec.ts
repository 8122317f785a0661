import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { rowsOf, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { createPlan, addPlanStep, updatePlan } from '$lib/server/plans';
import { createOwnPrompt } from '$lib/server/prompts';
import type { CoachActor, LiveDomain } from './index';
import { MASK } from './moderation';
import { displayToken } from './secrets';
import { createTestCoach, createTestLive, must } from './test-live';

// Safety and moderation through the domain itself: whichever transport calls it meets the
// same rules (the socket tests show the same from the other side).

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let live: LiveDomain;
let coachId: string;
let groupId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	live = createTestLive(db).live;
});
afterAll(async () => {
	await handle?.drop();
});

const CRISIS =
	'I can’t keep doing this. Some nights I think everyone would be better off without me.';

async function liveWith(k = 3) {
	const { liveSessionId } = must(await live.create(coachId, groupId, { title: 'Week 3', k }));
	const actor: CoachActor = { coachId, liveSessionId };
	must(await live.start(actor));
	return { actor, liveSessionId };
}

async function ask(actor: CoachActor, definition: PromptDefinition, answers: unknown[]) {
	const sp = must(await live.addPrompt(actor, { definition })).sessionPromptId;
	const { roundId } = must(await live.push(actor, sp));
	const acks = [];
	for (const answer of answers) {
		const { token } = must(await live.join(actor.liveSessionId));
		acks.push(
			must(
				await live.submitAnswer(
					{ liveSessionId: actor.liveSessionId, token },
					{ roundId, idempotencyKey: randomUUID(), answer }
				)
			)
		);
	}
	return { roundId, sessionPromptId: sp, acks };
}

describe('signs of crisis', () => {
	it('offer support to the writer alone, and tell the coach only at close, never which answer', async () => {
		const { actor, liveSessionId } = await liveWith();
		const text: PromptDefinition = { kind: 'text', text: 'What has been hardest?' };
		const { roundId, acks } = await ask(actor, text, [
			{ text: 'Night shifts with no break.' },
			{ text: CRISIS },
			{ text: 'This shift killed me, honestly.' },
			{ text: 'Feeling unseen by the rota.' }
		]);
		expect(acks.map((a) => a.offerSupport)).toEqual([false, true, false, false]);

		// While answering is open nobody is told anything: the timing would point at the writer.
		expect((await live.coachState(liveSessionId))!.round!.attention).toBe(false);
		must(await live.close(actor, roundId));
		const coach = (await live.coachState(liveSessionId))!;
		expect(coach.round!.attention).toBe(true);
		const release = coach.round!.release;
		if (release?.state !== 'released' || release.results.kind !== 'text')
			throw new Error('release');
		// The coach reads everything; what showed signs of crisis is kept off the room.
		expect(release.results.texts).toContain(CRISIS);
		expect(coach.round!.hidden.texts).toEqual([release.results.texts.indexOf(CRISIS)]);

		must(await live.reveal(actor, roundId, true));
		const room = (await live.participantState(liveSessionId))!;
		const display = (await live.displayState(liveSessionId))!;
		for (const view of [room, display]) {
			const shown = view.round!.release;
			if (shown?.state !== 'released' || shown.results.kind !== 'text') throw new Error('room');
			expect(shown.results.texts).toHaveLength(3);
			expect(shown.results.texts).not.toContain(CRISIS);
			expect(shown.answered).toBe(4);
			expect(JSON.stringify(view)).not.toMatch(/attention|hidden|masked/i);
		}
		// The stored release is untouched.
		const [stored] = await db
			.select()
			.from(table.roundRelease)
			.where(eq(table.roundRelease.roundId, roundId));
		expect((stored!.results as { texts: string[] }).texts).toContain(CRISIS);
	});

	it('screens words too, and keeps a distress word out of the cloud’s sizes', async () => {
		const { actor, liveSessionId } = await liveWith();
		const { roundId } = await ask(actor, { kind: 'words', text: 'This week in a word' }, [
			{ words: ['tired', 'suicidal'] },
			{ words: ['tired'] },
			{ words: ['hopeful'] }
		]);
		must(await live.close(actor, roundId));
		const coach = (await live.coachState(liveSessionId))!;
		expect(coach.round!.attention).toBe(true);
		expect(coach.round!.hidden.words).toEqual(['suicidal']);
		must(await live.reveal(actor, roundId, true));
		const shown = (await live.participantState(liveSessionId))!.round!.release;
		if (shown?.state !== 'released' || shown.results.kind !== 'words') throw new Error('room');
		expect(shown.results.words).toEqual([
			{ word: 'tired', count: 2 },
			{ word: 'hopeful', count: 1 }
		]);
	});

	it('tells the coach nothing of a round below k, where it would point at one of too few', async () => {
		const { actor, liveSessionId } = await liveWith(5);
		const { roundId, acks } = await ask(actor, { kind: 'text', text: 'Anything else?' }, [
			{ text: 'I want to end my life' },
			{ text: 'fine' }
		]);
		// The writer is offered support all the same, at once.
		expect(acks.map((a) => a.offerSupport)).toEqual([true, false]);
		must(await live.close(actor, roundId));
		const coach = (await live.coachState(liveSessionId))!;
		expect(coach.round!.release).toEqual({ state: 'below_k', k: 5 });
		expect(coach.round!.attention).toBe(false);
		expect(JSON.stringify(await live.participantState(liveSessionId))).not.toMatch(/attention/);
	});

	it('leaves other kinds and calm answers alone', async () => {
		const { actor, liveSessionId } = await liveWith();
		const { roundId, acks } = await ask(actor, { kind: 'text', text: 'What helped?' }, [
			{ text: 'A walk at lunch' },
			{ text: 'I was dead on my feet but my team was kind' },
			{ text: 'Sleep' }
		]);
		expect(acks.every((a) => !a.offerSupport)).toBe(true);
		must(await live.close(actor, roundId));
		expect((await live.coachState(liveSessionId))!.round!.attention).toBe(false);
	});
});

describe('moderation', () => {
	it('hides and shows single texts for the room only, refusing what the release does not hold', async () => {
		const { actor, liveSessionId } = await liveWith();
		const { roundId } = await ask(actor, { kind: 'text', text: 'One thing you noticed' }, [
			{ text: 'Dr Smith on ward 4 shouted at me' },
			{ text: 'I forgot lunch again' },
			{ text: 'Kindness from a porter' }
		]);
		must(await live.close(actor, roundId));
		must(await live.reveal(actor, roundId, true));
		const texts = () => {
			const r = live.participantState(liveSessionId).then((s) => s!.round!.release);
			return r.then((release) =>
				release?.state === 'released' && release.results.kind === 'text'
					? release.results.texts
					: []
			);
		};
		const coachTexts = async () => {
			const release = (await live.coachState(liveSessionId))!.round!.release;
			return release?.state === 'released' && release.results.kind === 'text'
				? release.results.texts
				: [];
		};
		const all = await coachTexts();
		const i = all.indexOf('Dr Smith on ward 4 shouted at me');
		must(await live.setHidden(actor, roundId, { text: i }, true));
		expect(await texts()).not.toContain(all[i]);
		expect(await texts()).toHaveLength(2);
		expect(await coachTexts()).toEqual(all);
		expect((await live.coachState(liveSessionId))!.round!.hidden.texts).toEqual([i]);

		const before = rowsOf(
			await db.execute(sql`select hidden_texts from prompt_round where id = ${roundId}`)
		);
		for (const bad of [{ text: 3 }, { text: -1 }, { word: 'kindness' }]) {
			expect(await live.setHidden(actor, roundId, bad, true)).toMatchObject({
				ok: false,
				error: 'not_found'
			});
		}
		expect(await live.setHidden(actor, randomUUID(), { text: 0 }, true)).toMatchObject({
			ok: false
		});
		expect(
			rowsOf(await db.execute(sql`select hidden_texts from prompt_round where id = ${roundId}`))
		).toEqual(before);

		must(await live.setHidden(actor, roundId, { text: i }, false));
		expect(await texts()).toHaveLength(3);
	});

	it('refuses to hide in a round that released nothing, or for another coach', async () => {
		const { actor } = await liveWith(5);
		const { roundId } = await ask(actor, { kind: 'text', text: 'Too few' }, [{ text: 'one' }]);
		must(await live.close(actor, roundId));
		expect(await live.setHidden(actor, roundId, { text: 0 }, true)).toMatchObject({
			ok: false,
			error: 'not_released'
		});
		const other = await createTestCoach(db);
		expect(
			await live.setHidden({ ...actor, coachId: other.coachId }, roundId, { text: 0 }, true)
		).toMatchObject({ ok: false, error: 'not_found' });
	});

	it('masks the shipped list and the group’s own words for the room, and says so to the coach', async () => {
		await db
			.update(table.group)
			.set({ filterWords: ['ward 7'] })
			.where(eq(table.group.id, groupId));
		try {
			const { actor, liveSessionId } = await liveWith();
			const { roundId } = await ask(actor, { kind: 'text', text: 'Where did it happen?' }, [
				{ text: 'On ward 7 again' },
				{ text: 'Clinic' },
				{ text: 'At home' }
			]);
			must(await live.close(actor, roundId));
			must(await live.reveal(actor, roundId, true));
			const coach = (await live.coachState(liveSessionId))!.round!;
			expect(coach.masked.texts).toHaveLength(1);
			const shown = (await live.participantState(liveSessionId))!.round!.release;
			if (shown?.state !== 'released' || shown.results.kind !== 'text') throw new Error('room');
			expect(shown.results.texts).toContain(`On ${MASK} again`);
			expect(JSON.stringify(shown)).not.toContain('ward 7');
		} finally {
			await db.update(table.group).set({ filterWords: [] }).where(eq(table.group.id, groupId));
		}
	});
});

describe('the room', () => {
	it('locks out new phones while those in stay, and opens again', async () => {
		const { actor, liveSessionId } = await liveWith();
		const { token } = must(await live.join(liveSessionId));
		must(await live.setLocked(actor, true));
		const joined = Number(
			rowsOf<{ n: number }>(
				await db.execute(
					sql`select joined_count as n from live_session where id = ${liveSessionId}`
				)
			)[0]!.n
		);
		expect(await live.join(liveSessionId)).toEqual({ ok: false, error: 'locked' });
		expect(await live.findParticipant(token)).toMatchObject({ liveSessionId });
		expect((await live.coachState(liveSessionId))!.liveSession.locked).toBe(true);
		const display = (await live.displayState(liveSessionId))!;
		expect(display.liveSession.joinCode).toBeNull();
		expect(display.qrSvg).toBeNull();
		expect(
			Number(
				rowsOf<{ n: number }>(
					await db.execute(
						sql`select joined_count as n from live_session where id = ${liveSessionId}`
					)
				)[0]!.n
			)
		).toBe(joined);
		must(await live.setLocked(actor, false));
		expect(await live.join(liveSessionId)).toMatchObject({ ok: true });
	});

	it('rotates a join code: the old one finds nothing, the new one the session, phones stay', async () => {
		const { actor, liveSessionId } = await liveWith();
		const old = (await live.coachState(liveSessionId))!.liveSession.joinCode!;
		const { token } = must(await live.join(liveSessionId));
		const { joinCode } = must(await live.rotateJoinCode(actor));
		expect(joinCode).not.toBe(old);
		expect(await live.findByCode(old)).toBeNull();
		expect(await live.findByCode(joinCode)).toMatchObject({ id: liveSessionId });
		expect(await live.findParticipant(token)).toMatchObject({ liveSessionId });
		expect((await live.displayState(liveSessionId))!.liveSession.joinCode).toBe(joinCode);
	});

	it('puts a card on every phone until the next prompt, and refuses a closing card without words', async () => {
		const { actor, liveSessionId } = await liveWith();
		must(await live.showCard(actor, 'support'));
		expect((await live.participantState(liveSessionId))!.card).toBe('support');
		// The support card is for phones; the display shows neither it nor any notice.
		expect(JSON.stringify(await live.displayState(liveSessionId))).not.toMatch(/support/i);
		const sp = must(await live.addPrompt(actor, { definition: { kind: 'words', text: 'A word' } }));
		must(await live.push(actor, sp.sessionPromptId));
		expect((await live.participantState(liveSessionId))!.card).toBeNull();

		must(await live.setClosingNote(actor, ''));
		expect(await live.showCard(actor, 'closing')).toMatchObject({
			ok: false,
			error: 'invalid_payload'
		});
		expect(await live.setClosingNote(actor, 'x'.repeat(501))).toMatchObject({
			ok: false,
			error: 'invalid_payload'
		});
		must(await live.setClosingNote(actor, 'I will stay on for ten minutes.'));
		must(await live.showCard(actor, 'closing'));
		const room = (await live.participantState(liveSessionId))!;
		expect(room).toMatchObject({ card: 'closing', closingNote: 'I will stay on for ten minutes.' });
		expect((await live.displayState(liveSessionId))!.closingNote).toBe(
			'I will stay on for ten minutes.'
		);
	});

	it('opens a display with the token of the coach’s link only, and not after the end', async () => {
		const { actor, liveSessionId } = await liveWith();
		const url = (await live.coachState(liveSessionId))!.liveSession.displayUrl!;
		const [path, token] = url.split('#');
		expect(path).toBe(`http://huddle.test/display/${liveSessionId}`);
		expect(token).toHaveLength(32);
		expect(await live.checkDisplayToken(liveSessionId, token)).toBe(true);
		expect(
			await live.checkDisplayToken(
				liveSessionId,
				token!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
			)
		).toBe(false);
		expect(await live.checkDisplayToken(liveSessionId, undefined)).toBe(false);
		const other = await liveWith();
		expect(await live.checkDisplayToken(other.liveSessionId, token)).toBe(false);
		must(await live.end(actor));
		expect(await live.checkDisplayToken(liveSessionId, token)).toBe(false);
		expect((await live.coachState(liveSessionId))!.liveSession.displayUrl).toBeNull();
		void displayToken;
	});
});

describe('notes that reach the right person', () => {
	it('shows a prompt’s note for participants under it, and a plan step’s note beside the prompt’s own', async () => {
		const promptId = await createOwnPrompt(
			db,
			coachId,
			{ kind: 'text', text: 'A moment that stayed with you' },
			{ note: 'Do not press anyone for details.', participantNote: 'No names or details needed.' }
		);
		const planId = await createPlan(db, coachId, { title: 'Week 4', description: '' });
		await addPlanStep(db, coachId, planId, promptId, 'Slow down here.');
		await updatePlan(db, coachId, planId, {
			title: 'Week 4',
			description: '',
			closingCard: 'on',
			closingNote: 'Stay a while.'
		});
		const { liveSessionId } = must(
			await live.create(coachId, groupId, { title: 'W4', k: 3, planId })
		);
		const actor = { coachId, liveSessionId };
		const [step] = (await live.coachState(liveSessionId))!.prompts;
		expect(step).toMatchObject({
			note: 'Slow down here.',
			promptNote: 'Do not press anyone for details.',
			participantNote: 'No names or details needed.'
		});
		expect((await live.coachState(liveSessionId))!.liveSession.closingNote).toBe('Stay a while.');
		must(await live.start(actor));
		must(await live.push(actor, step!.id));
		expect((await live.participantState(liveSessionId))!.round!.participantNote).toBe(
			'No names or details needed.'
		);
	});
});
