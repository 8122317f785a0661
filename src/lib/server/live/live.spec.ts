import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { decodeBase64urlIgnorePadding } from '@oslojs/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, PromptDefinition } from '$lib/prompts/kinds';
import type { ReleaseView, RoundView } from '$lib/realtime/events';
import { rowsOf, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase, testEngine } from '$lib/server/db/test-db';
import { open } from '$lib/server/crypto/secret-box';
import { runPrivacyCheck } from '$lib/server/privacy/check';
import { getMyResponse } from './answers';
import type { CoachActor, LiveDomain } from './index';
import { hashToken } from './participants';
import { dedupeKey, SecretStore } from './secrets';
import { createTestCoach, createTestLive, scalePrompt } from './test-live';

// The privacy model at the domain level: releases (k, stored once, never
// merged) and what a raw read of the database shows once a live session has ended.

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;
let coachId: string;
let groupId: string;
let live: LiveDomain;
let appKey: Buffer;

beforeAll(async () => {
	handle = await createTestDatabase();
	db = handle.db;
	({ coachId, groupId } = await createTestCoach(db));
	({ live, appKey } = createTestLive(db));
});
afterAll(async () => {
	await handle?.drop();
});

const textPrompt: PromptDefinition = { kind: 'text', text: 'What stayed with you this week?' };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const as = (liveSessionId: string): CoachActor => ({ coachId, liveSessionId });

async function newLiveSession(k = 3) {
	const created = await live.create(coachId, groupId, { title: 'Week 1', k });
	if (!created.ok) throw new Error(created.error);
	expect(await live.start(as(created.data.liveSessionId))).toEqual({ ok: true, data: null });
	return created.data.liveSessionId;
}

async function join(liveSessionId: string, n: number) {
	const tokens: string[] = [];
	for (let i = 0; i < n; i++) {
		const joined = await live.join(liveSessionId);
		if (!joined.ok) throw new Error('join failed');
		tokens.push(joined.data.token);
	}
	return tokens;
}

async function addPrompt(liveSessionId: string, definition: PromptDefinition) {
	const added = await live.addPrompt(as(liveSessionId), { definition });
	if (!added.ok) throw new Error(`add failed: ${added.error}`);
	return added.data.sessionPromptId;
}

async function push(liveSessionId: string, sessionPromptId: string) {
	const pushed = await live.push(as(liveSessionId), sessionPromptId);
	if (!pushed.ok) throw new Error(`push failed: ${pushed.error}`);
	return pushed.data.roundId;
}

/** An answer (or a pass, with `null`) of one device, as its phone sends it. */
async function submit(
	liveSessionId: string,
	roundId: string,
	token: string,
	answer: AnswerValue | null
): Promise<string> {
	const result = await live.submitAnswer(
		{ liveSessionId, token },
		answer === null
			? { roundId, idempotencyKey: randomUUID(), pass: true }
			: { roundId, idempotencyKey: randomUUID(), answer }
	);
	return result.ok ? 'stored' : result.error;
}

const closeRound = (liveSessionId: string, roundId: string) =>
	live.close(as(liveSessionId), roundId);
const setRoundRevealed = (liveSessionId: string, roundId: string, revealed: boolean) =>
	live.reveal(as(liveSessionId), roundId, revealed);
const responded = async (liveSessionId: string) =>
	(await live.roomCounts(liveSessionId))!.responded;

/** The session's secret, opened from its row as only the app can (to check the stored keys). */
async function secretOf(liveSessionId: string) {
	const [row] = await db
		.select({ sealed: table.liveSession.secretCiphertext })
		.from(table.liveSession)
		.where(eq(table.liveSession.id, liveSessionId));
	return open(appKey, row!.sealed!, liveSessionId);
}

async function releaseRowsOf(roundIds: string[]) {
	if (roundIds.length === 0) return [];
	return db.select().from(table.roundRelease).where(inArray(table.roundRelease.roundId, roundIds));
}

async function coachRound(liveSessionId: string) {
	const state = await live.coachState(liveSessionId);
	return state!.round!;
}

async function listedRelease(liveSessionId: string, roundId: string) {
	const rounds = await live.record(liveSessionId);
	return rounds.find((r) => r.id === roundId)?.release;
}

describe('releases', () => {
	it('while a round is open, every view carries only its status, never results', async () => {
		const id = await newLiveSession(3);
		const tokens = await join(id, 5);
		const sp = await addPrompt(id, textPrompt);
		const roundId = await push(id, sp);
		const planted = tokens.map((_, i) => `open-answer-${i}-${randomBytes(6).toString('hex')}`);
		for (const [i, token] of tokens.entries()) {
			expect(await submit(id, roundId, token, i < 4 ? { text: planted[i]! } : null)).toBe('stored');
		}
		const coach = await live.coachState(id);
		const participant = await live.participantState(id);
		expect(coach!.round).toMatchObject({ id: roundId, status: 'open', release: null });
		expect(coach!.prompts.find((p) => p.id === sp)!.rounds).toEqual([
			{ id: roundId, roundNumber: 1, status: 'open', released: false }
		]);
		expect(participant!.round).toMatchObject({ id: roundId, status: 'open', release: null });
		const listed = await live.record(id);
		expect(listed.map((r) => [r.id, r.status, r.release])).toEqual([[roundId, 'open', null]]);
		// No answer text reaches any view while open.
		const dump = JSON.stringify([coach, participant, listed]);
		for (const text of planted) expect(dump).not.toContain(text);
		// Only "responded": answers and passes together.
		expect(await responded(id)).toBe(5);
		expect(await releaseRowsOf([roundId])).toEqual([]);
	});

	it('releases nothing below k, and passes do not count toward k', async () => {
		const k = 4;
		const id = await newLiveSession(k);
		const tokens = await join(id, k + 2);
		const sp = await addPrompt(id, scalePrompt);
		const roundId = await push(id, sp);
		// k - 1 answers and 3 passes: 2 + k responded, but below k answers.
		for (const [i, token] of tokens.entries()) {
			await submit(id, roundId, token, i < k - 1 ? { value: i } : null);
		}
		expect(await responded(id)).toBe(k + 2);
		expect(await closeRound(id, roundId)).toEqual({
			ok: true,
			data: { released: false }
		});
		expect(await releaseRowsOf([roundId])).toEqual([]);
		const belowK: ReleaseView = { state: 'below_k', k };
		expect((await coachRound(id)).release).toEqual(belowK);
		expect(await listedRelease(id, roundId)).toEqual(belowK);
		// Nothing to reveal; the room is told only that fewer than k answered, no answer at all.
		expect(await setRoundRevealed(id, roundId, true)).toEqual({
			ok: false,
			error: 'not_released'
		});
		expect((await live.participantState(id))!.round).toMatchObject({
			status: 'closed',
			revealed: false,
			release: belowK
		});
		// Closing again changes nothing.
		expect(await closeRound(id, roundId)).toEqual({
			ok: true,
			data: { released: false }
		});
		expect(await releaseRowsOf([roundId])).toEqual([]);
	});

	it('at exactly k stores one release, and every view serves exactly it', async () => {
		const k = 5;
		const id = await newLiveSession(k);
		const tokens = await join(id, k);
		const sp = await addPrompt(id, textPrompt);
		const roundId = await push(id, sp);
		const texts = tokens.map((_, i) => `wall-${i}-${randomBytes(4).toString('hex')}`);
		for (const [i, token] of tokens.entries()) {
			expect(await submit(id, roundId, token, { text: texts[i]! })).toBe('stored');
		}
		expect(await closeRound(id, roundId)).toEqual({
			ok: true,
			data: { released: true }
		});
		const rows = await releaseRowsOf([roundId]);
		expect(rows).toHaveLength(1);
		const stored = rows[0]!;
		expect(stored.answered).toBe(k);
		expect(stored.results.kind).toBe('text');
		const wall = (stored.results as { texts: string[] }).texts;
		expect([...wall].sort()).toEqual([...texts].sort());
		const expected: ReleaseView = { state: 'released', answered: k, results: stored.results };

		// Coach console, reloaded many times: the same release, the wall in the same order.
		// (Recomputing would reshuffle: 5 texts, 120 orders, ten calls.)
		for (let i = 0; i < 10; i++) {
			expect((await coachRound(id)).release).toEqual(expected);
			expect(await listedRelease(id, roundId)).toEqual(expected);
		}
		expect((await live.coachState(id))!.prompts[0]!.rounds).toEqual([
			{ id: roundId, roundNumber: 1, status: 'closed', released: true }
		]);
		// Participants see it only once revealed, and then exactly it.
		expect((await live.participantState(id))!.round!.release).toBeNull();
		expect(await setRoundRevealed(id, roundId, true)).toEqual({ ok: true, data: null });
		for (let i = 0; i < 5; i++) {
			expect((await live.participantState(id))!.round!.release).toEqual(expected);
		}
		// Hidden again: participants lose it, the coach keeps the same release.
		expect(await setRoundRevealed(id, roundId, false)).toEqual({ ok: true, data: null });
		expect((await live.participantState(id))!.round!.release).toBeNull();
		expect((await coachRound(id)).release).toEqual(expected);

		// Later, after another prompt has run, the record still serves the same release.
		const sp2 = await addPrompt(id, scalePrompt);
		const round2 = await push(id, sp2);
		for (const token of tokens) await submit(id, round2, token, { value: 5 });
		await closeRound(id, round2);
		expect(await listedRelease(id, roundId)).toEqual(expected);

		// Proof that views read the stored row, not a computation: change the row, and
		// every view follows it.
		await db.execute(
			sql`update round_release set results = jsonb_set(results, '{texts}', '["from the row"]') where round_id = ${roundId}`
		);
		const edited = await listedRelease(id, roundId);
		expect(edited).toMatchObject({ state: 'released', results: { texts: ['from the row'] } });
		await db.execute(sql`update live_session set current_round_id = ${roundId} where id = ${id}`);
		expect((await coachRound(id)).release).toEqual(edited);
		await setRoundRevealed(id, roundId, true);
		expect((await live.participantState(id))!.round!.release).toEqual(edited);
	});

	it('refuses answers after close, and closing twice is harmless', async () => {
		const id = await newLiveSession(3);
		const tokens = await join(id, 4);
		const sp = await addPrompt(id, scalePrompt);
		const roundId = await push(id, sp);
		for (const [i, token] of tokens.slice(0, 3).entries()) {
			await submit(id, roundId, token, { value: i + 1 });
		}
		const first = await closeRound(id, roundId);
		expect(first).toEqual({ ok: true, data: { released: true } });
		const [release] = await releaseRowsOf([roundId]);
		// A new answer and a changed answer both come too late.
		expect(await submit(id, roundId, tokens[3]!, { value: 9 })).toBe('prompt_closed');
		expect(await submit(id, roundId, tokens[0]!, { value: 9 })).toBe('prompt_closed');
		expect(await submit(id, roundId, tokens[1]!, null)).toBe('prompt_closed');
		const rows = await db
			.select()
			.from(table.liveResponse)
			.where(eq(table.liveResponse.roundId, roundId));
		expect(
			rows.map((r) => r.answer).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
		).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }]);
		const secret = await secretOf(id);
		expect(await getMyResponse(db, dedupeKey(secret, tokens[0]!, roundId))).toEqual({
			passed: false,
			answer: { value: 1 }
		});
		// Closing again: no second release, the first untouched.
		for (let i = 0; i < 3; i++) {
			expect(await closeRound(id, roundId)).toEqual({
				ok: true,
				data: { released: true }
			});
		}
		expect(await releaseRowsOf([roundId])).toEqual([release]);
		// Closing a round that does not exist, or belongs to another session.
		const other = await newLiveSession(3);
		expect(await closeRound(other, roundId)).toEqual({ ok: false, error: 'not_found' });
		expect(await closeRound(id, 'not-a-uuid')).toEqual({ ok: false, error: 'not_found' });
	});

	it('asks a prompt that released nothing again as a new round, never merged with the first', async () => {
		const id = await newLiveSession(3);
		const tokens = await join(id, 6);
		const sp = await addPrompt(id, scalePrompt);
		// Round 1: two answers and a pass, fewer than k.
		const round1 = await push(id, sp);
		await submit(id, round1, tokens[0]!, { value: 1 });
		await submit(id, round1, tokens[1]!, { value: 2 });
		await submit(id, round1, tokens[2]!, null);
		expect(await closeRound(id, round1)).toEqual({ ok: true, data: { released: false } });

		const round2 = await push(id, sp);
		expect(round2).not.toBe(round1);
		const r2 = await coachRound(id);
		expect(r2).toMatchObject({ id: round2, sessionPromptId: sp, roundNumber: 2, status: 'open' });
		expect(r2.release).toBeNull();
		// The same devices answer again (new dedupe keys), plus others.
		for (const token of tokens) await submit(id, round2, token, { value: 10 });
		expect(await responded(id)).toBe(6);
		await closeRound(id, round2);
		const [release2] = await releaseRowsOf([round2]);
		expect(release2!.answered).toBe(6);
		// Only round 2's answers: round 1's two are never merged in.
		expect(release2!.results).toMatchObject({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6] });
		expect(await releaseRowsOf([round1])).toEqual([]);

		// Reopening while a round is open closes it first (released on its own terms).
		const spB = await addPrompt(id, textPrompt);
		const b1 = await push(id, spB);
		await submit(id, b1, tokens[0]!, { text: 'only one so far' });
		const b2 = await push(id, spB);
		const listed = await live.record(id);
		expect(listed.map((r) => [r.id, r.roundNumber, r.status, r.release?.state ?? null])).toEqual([
			[round1, 1, 'closed', 'below_k'],
			[round2, 2, 'closed', 'released'],
			[b1, 1, 'closed', 'below_k'],
			[b2, 2, 'open', null]
		]);
		expect(
			(await live.coachState(id))!.prompts[0]!.rounds.map((r) => [r.roundNumber, r.released])
		).toEqual([
			[1, false],
			[2, true]
		]);
		expect(await releaseRowsOf([round1, b1, b2])).toEqual([]);
	});

	it('never asks a released prompt again: two releases would give one person away', async () => {
		const id = await newLiveSession(5);
		const tokens = await join(id, 6);
		const sp = await addPrompt(id, scalePrompt);
		const round1 = await push(id, sp);
		// Five phones answer and the prompt is released …
		for (const [i, token] of tokens.slice(0, 5).entries()) {
			await submit(id, round1, token, { value: [2, 4, 4, 6, 8][i]! });
		}
		expect(await closeRound(id, round1)).toEqual({ ok: true, data: { released: true } });
		const before = await live.record(id);
		// … and the attack: ask again, the same five answer the same way, a sixth joins in; the
		// difference of the two releases would be the sixth person's exact answer.
		expect(await live.push(as(id), sp)).toEqual({ ok: false, error: 'already_released' });
		// Not even while another prompt is open (it is not closed by the refused push).
		const other = await addPrompt(id, textPrompt);
		const otherRound = await push(id, other);
		expect(await live.push(as(id), sp)).toEqual({ ok: false, error: 'already_released' });
		expect((await live.coachState(id))!.round).toMatchObject({ id: otherRound, status: 'open' });
		const after = await live.record(id);
		expect(after.filter((r) => r.sessionPromptId === sp)).toEqual(
			before.filter((r) => r.sessionPromptId === sp)
		);
		// Nor the same question by another way in: the same prompt again, or its exact words.
		const again = await addPrompt(id, scalePrompt);
		expect(await live.push(as(id), again)).toEqual({ ok: false, error: 'already_released' });
		const sameWords = await addPrompt(id, { ...scalePrompt });
		expect(await live.push(as(id), sameWords)).toEqual({ ok: false, error: 'already_released' });
		// The ended record shows one release per prompt.
		expect(await live.end(as(id))).toEqual({ ok: true, data: null });
		const record = await live.record(id);
		const releasedPerPrompt = new Map<string, number>();
		for (const r of record) {
			if (r.release?.state === 'released') {
				releasedPerPrompt.set(
					r.sessionPromptId,
					(releasedPerPrompt.get(r.sessionPromptId) ?? 0) + 1
				);
			}
		}
		expect([...releasedPerPrompt.values()].every((n) => n === 1)).toBe(true);
	});

	it('no sequence of views differs by fewer than k answers', async () => {
		const k = 3;
		const id = await newLiveSession(k);
		const tokens = await join(id, 7);
		const spA = await addPrompt(id, scalePrompt);
		const spB = await addPrompt(id, textPrompt);
		const seen: { round: RoundView; from: string }[] = [];
		// Every view anyone can get, taken after every single change.
		const look = async () => {
			const coach = await live.coachState(id);
			if (coach?.round) seen.push({ round: coach.round, from: 'coach' });
			const participant = await live.participantState(id);
			if (participant?.round) seen.push({ round: participant.round, from: 'participant' });
			for (const round of await live.record(id)) seen.push({ round, from: 'list' });
		};
		const answerOneByOne = async (
			roundId: string,
			n: number,
			value: (i: number) => AnswerValue
		) => {
			for (let i = 0; i < n; i++) {
				await submit(id, roundId, tokens[i]!, value(i));
				await look();
			}
		};
		const closeAndReveal = async (roundId: string) => {
			await closeRound(id, roundId);
			await look();
			await setRoundRevealed(id, roundId, true);
			await look();
		};

		const spC = await addPrompt(id, { kind: 'words', text: 'A word for today' });
		const a1 = await push(id, spA);
		await answerOneByOne(a1, 2, (i) => ({ value: i }));
		const b1 = await push(id, spB); // closes a1 below k
		await look();
		await answerOneByOne(b1, 3, (i) => ({ text: `b1-${i}` }));
		await closeAndReveal(b1);
		// A late answer would make a release of k + 1: refused, nothing changes.
		expect(await submit(id, b1, tokens[5]!, { text: 'late' })).toBe('prompt_closed');
		await look();
		// A released nothing, so it may be asked again: a round of its own.
		const a2 = await push(id, spA);
		await answerOneByOne(a2, 4, (i) => ({ value: i }));
		// Changing answers while open, and passes, add views but no release.
		await submit(id, a2, tokens[0]!, { value: 8 });
		await submit(id, a2, tokens[4]!, null);
		await look();
		await closeAndReveal(a2);
		// Both have released now: neither is asked again.
		expect(await live.push(as(id), spA)).toEqual({ ok: false, error: 'already_released' });
		expect(await live.push(as(id), spB)).toEqual({ ok: false, error: 'already_released' });
		await look();
		const c1 = await push(id, spC);
		await answerOneByOne(c1, 6, (i) => ({ words: [`word${i}`] }));
		await look();
		expect(await live.end(as(id))).toEqual({ ok: true, data: null }); // closes and releases c1
		await look();

		// What the views released, grouped by the round they came from.
		const byRound = new Map<string, { sessionPromptId: string; releases: Set<string> }>();
		for (const { round } of seen) {
			if (round.status === 'open') expect(round.release).toBeNull();
			if (round.release?.state !== 'released') continue;
			const entry = byRound.get(round.id) ?? {
				sessionPromptId: round.sessionPromptId,
				releases: new Set<string>()
			};
			entry.releases.add(JSON.stringify(round.release));
			byRound.set(round.id, entry);
		}
		expect(new Set(byRound.keys())).toEqual(new Set([b1, a2, c1]));
		// One release per round, whatever the view and whenever it was taken …
		for (const entry of byRound.values()) expect(entry.releases.size).toBe(1);
		// … each of at least k answers, and equal to the round's stored row.
		const stored = await releaseRowsOf([a1, b1, a2, c1]);
		expect(stored.map((r) => r.roundId).sort()).toEqual([b1, a2, c1].sort());
		for (const row of stored) {
			expect(row.answered).toBeGreaterThanOrEqual(k);
			const [only] = [...byRound.get(row.roundId)!.releases];
			expect(JSON.parse(only!)).toEqual({
				state: 'released',
				answered: row.answered,
				results: row.results
			});
		}
		// So every prompt has at most one release, of k or more answers, and every view of it is
		// the same: no two views of a prompt differ at all, let alone by fewer than k answers.
		for (const sp of [spA, spB, spC]) {
			const releases = [...byRound.entries()].filter(([, e]) => e.sessionPromptId === sp);
			expect(releases.length).toBe(1);
			expect(new Set(releases.flatMap(([, e]) => [...e.releases])).size).toBe(1);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Ending: what a raw read of the database shows afterwards.

interface Snapshot {
	liveResponseIds: string[];
	dedupeKeys: string[];
	tokenHashes: string[];
	tokens: string[];
	sealed: string;
	secret: string;
	answers: string[];
}

async function publicTables(): Promise<string[]> {
	const rows = rowsOf<{ table_name: string }>(
		await db.execute(sql`
			select table_name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE'
			order by table_name`)
	);
	return rows.map((r) => r.table_name);
}

/** Every row of every table as text (bytea as \x… hex), as a dump would show it. */
async function dumpEverything(): Promise<string> {
	const parts: string[] = [];
	for (const name of await publicTables()) {
		const rows = rowsOf<{ j: string }>(
			await db.execute(sql.raw(`select to_jsonb(t)::text as j from "${name}" t`))
		);
		parts.push(`${name}: ${rows.map((r) => r.j).join('\n')}`);
	}
	return parts.join('\n').toLowerCase();
}

const sortedJson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe.each(['coach', 'idle'] as const)('ending a live session (%s)', (by) => {
	it('destroys the secret, keys and tokens, and rewrites answers with fresh ids in random order', async () => {
		const id = await newLiveSession(3);
		const n = 40;
		const tokens = await join(id, n);
		const spText = await addPrompt(id, textPrompt);
		const spScale = await addPrompt(id, scalePrompt);
		const textRound = await push(id, spText);
		// The answer's value encodes when it was submitted.
		for (const [i, token] of tokens.entries()) {
			expect(
				await submit(id, textRound, token, { text: `order-${String(i).padStart(2, '0')}` })
			).toBe('stored');
		}
		await closeRound(id, textRound);
		// A second round, left open: ending closes (and releases) it.
		const scaleRound = await push(id, spScale);
		for (const [i, token] of tokens.slice(0, 12).entries()) {
			await submit(id, scaleRound, token, i % 4 === 0 ? null : { value: i % 11 });
		}

		// What existed while live.
		const liveRows = await db
			.select()
			.from(table.liveResponse)
			.where(inArray(table.liveResponse.roundId, [textRound, scaleRound]));
		expect(liveRows).toHaveLength(n + 12);
		const submitted = tokens.map((_, i) => `order-${String(i).padStart(2, '0')}`);
		// PGlite (one connection) appends rows in submission order while live, so a plain copy
		// would fail the order check below. (Postgres's pooled connections each fill their own
		// page, which interleaves the rows but still follows arrival.)
		if (testEngine() === 'pglite') {
			const liveOrder = rowsOf<{ answer: { text: string } }>(
				await db.execute(
					sql`select answer from live_response where round_id = ${textRound} order by ctid`
				)
			).map((r) => r.answer.text);
			expect(liveOrder).toEqual(submitted);
		}
		const [session] = await db.select().from(table.liveSession).where(eq(table.liveSession.id, id));
		const participants = await db
			.select()
			.from(table.participant)
			.where(eq(table.participant.liveSessionId, id));
		expect(participants).toHaveLength(n);
		const before: Snapshot = {
			liveResponseIds: liveRows.map((r) => r.id),
			dedupeKeys: liveRows.map((r) => hex(r.dedupeKey)),
			tokenHashes: participants.map((p) => hex(p.tokenHash)),
			tokens,
			sealed: hex(session!.secretCiphertext!),
			secret: hex(open(appKey, session!.secretCiphertext!, id)),
			answers: sortedJson(liveRows.map((r) => [r.roundId, r.passed, r.answer]))
		};
		expect(session!.joinCode).not.toBeNull();
		for (const rowId of before.liveResponseIds) expect(rowId).toMatch(UUID_V4);

		// PGlite: with every page flushed, the keys are in the table files while live (so
		// the check after ending, below, can fail).
		if (testEngine() === 'pglite') {
			await db.execute(sql`checkpoint`);
			expect(filesHolding(before).length).toBeGreaterThan(0);
		}

		// End it.
		if (by === 'coach') {
			expect(await live.end(as(id))).toEqual({ ok: true, data: null });
		} else {
			const recent = await newLiveSession(3);
			const future = new Date(Date.now() + 3 * 3600_000);
			// Activity a minute before "now": not idle.
			await live.touch([recent], new Date(future.getTime() - 60_000));
			const ended = await live.sweepIdle(future);
			expect(ended).toContain(id);
			expect(ended).not.toContain(recent);
			const [still] = await db
				.select({ status: table.liveSession.status })
				.from(table.liveSession)
				.where(eq(table.liveSession.id, recent));
			expect(still!.status).toBe('live');
		}

		// Raw reads.
		const [ended] = rowsOf<Record<string, unknown>>(
			await db.execute(sql`select * from live_session where id = ${id}`)
		);
		expect(ended).toMatchObject({
			status: 'ended',
			secret_ciphertext: null,
			join_code: null,
			ended_by: by
		});
		expect(
			rowsOf(await db.execute(sql`select * from participant where live_session_id = ${id}`))
		).toEqual([]);
		const roundIds = rowsOf<{ id: string; status: string }>(
			await db.execute(sql`select id, status from prompt_round where live_session_id = ${id}`)
		);
		expect(roundIds.every((r) => r.status === 'closed')).toBe(true);
		const ids = roundIds.map((r) => r.id);
		const leftLive = rowsOf(
			await db.execute(
				sql`select * from live_response where round_id in (${sql.join(
					ids.map((r) => sql`${r}`),
					sql`, `
				)})`
			)
		);
		expect(leftLive).toEqual([]);
		expect(await releaseRowsOf([scaleRound])).toHaveLength(1);

		const archived = rowsOf<{ id: string; round_id: string; passed: boolean; answer: unknown }>(
			await db.execute(
				sql`select * from response where round_id in (${textRound}, ${scaleRound}) order by ctid`
			)
		);
		// Only the allow-listed columns, the same answers, fresh v4 ids.
		expect(Object.keys(archived[0]!).sort()).toEqual(['answer', 'id', 'passed', 'round_id']);
		expect(sortedJson(archived.map((r) => [r.round_id, r.passed, r.answer]))).toEqual(
			before.answers
		);
		const oldIds = new Set(before.liveResponseIds);
		for (const row of archived) {
			expect(row.id).toMatch(UUID_V4);
			expect(oldIds.has(row.id)).toBe(false);
		}
		// Stored in an order unrelated to submission (a false failure: 1 in 40!).
		const storedOrder = archived
			.filter((r) => r.round_id === textRound)
			.map((r) => (r.answer as { text: string }).text);
		expect(storedOrder).toHaveLength(n);
		expect(storedOrder).not.toEqual(submitted);
		expect([...storedOrder].sort()).toEqual(submitted);

		// Nothing of the keys, tokens, secret or old ids anywhere in the database.
		const dump = await dumpEverything();
		expect(dump).toContain(textRound); // the dump does cover these tables
		const needles = [
			...before.dedupeKeys,
			...before.tokenHashes,
			...before.tokens.map((t) => t.toLowerCase()),
			...before.tokens.map((t) => hex(decodeBase64urlIgnorePadding(t))),
			before.sealed,
			before.secret,
			...before.liveResponseIds
		];
		const found = needles.filter((needle) => dump.includes(needle));
		expect(found).toEqual([]);

		// PGlite: the old rows are gone from the table files too (VACUUM FULL), WAL aside.
		if (testEngine() === 'pglite') {
			await db.execute(sql`checkpoint`);
			expect(filesHolding(before)).toEqual([]);
		}
	});
});

/** Files of the PGlite data directory (write-ahead log aside) holding a key, hash or secret. */
function filesHolding(snapshot: Snapshot): string[] {
	const needles = [...snapshot.dedupeKeys, ...snapshot.tokenHashes, snapshot.sealed].map((h) =>
		Buffer.from(h, 'hex')
	);
	const files = dataFiles(path.join(handle.dataDir!, 'pglite'));
	expect(files.length).toBeGreaterThan(0);
	return files.filter((file) => {
		const bytes = fs.readFileSync(file);
		return needles.some((needle) => bytes.includes(needle));
	});
}

/** Every file of a PGlite data directory except the write-ahead log. */
function dataFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'pg_wal') continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...dataFiles(full));
		else if (entry.isFile()) out.push(full);
	}
	return out;
}

describe('idle timeout', () => {
	it('does not end a session with recent activity', async () => {
		const id = await newLiveSession(3);
		const sp = await addPrompt(id, scalePrompt);
		await push(id, sp); // activity now
		expect(await live.sweepIdle(new Date())).not.toContain(id);
		expect(await live.sweepIdle(new Date(Date.now() + 3600_000))).not.toContain(id);
		const [row] = await db.select().from(table.liveSession).where(eq(table.liveSession.id, id));
		expect(row!.status).toBe('live');
		expect(row!.secretCiphertext).not.toBeNull();
	});
});

describe('tokens, keys and the secret', () => {
	it('stores only a 32-byte hash of each participant token', async () => {
		const id = await newLiveSession(3);
		const tokens = await join(id, 3);
		for (const token of tokens) {
			// ≥ 128 bits of randomness, base64url.
			expect(decodeBase64urlIgnorePadding(token).length).toBeGreaterThanOrEqual(16);
		}
		const rows = rowsOf<Record<string, unknown>>(
			await db.execute(sql`select * from participant where live_session_id = ${id}`)
		);
		expect(rows).toHaveLength(3);
		for (const row of rows)
			expect(Object.keys(row).sort()).toEqual(['id', 'live_session_id', 'token_hash']);
		const hashes = (
			await db
				.select({ h: table.participant.tokenHash })
				.from(table.participant)
				.where(eq(table.participant.liveSessionId, id))
		).map((r) => hex(r.h));
		expect(hashes.every((h) => h.length === 64)).toBe(true);
		expect(hashes.sort()).toEqual(
			tokens.map((t) => createHash('sha256').update(t).digest('hex')).sort()
		);
		expect(tokens.map((t) => hex(hashToken(t))).sort()).toEqual(hashes);
		const dump = await dumpEverything();
		for (const token of tokens) {
			expect(dump).not.toContain(token.toLowerCase());
			expect(dump).not.toContain(hex(decodeBase64urlIgnorePadding(token)));
		}
	});

	it('derives dedupe keys that differ across rounds and across devices', async () => {
		const id = await newLiveSession(3);
		const tokens = await join(id, 2);
		const sp = await addPrompt(id, scalePrompt);
		const r1 = await push(id, sp);
		await submit(id, r1, tokens[0]!, { value: 1 });
		await submit(id, r1, tokens[1]!, { value: 2 });
		const r2 = await push(id, sp);
		await submit(id, r2, tokens[0]!, { value: 3 });
		const secret = await secretOf(id);
		const k = (token: string, round: string) => hex(dedupeKey(secret, token, round));
		const keys = [k(tokens[0]!, r1), k(tokens[1]!, r1), k(tokens[0]!, r2), k(tokens[1]!, r2)];
		expect(new Set(keys).size).toBe(4);
		expect(keys.every((key) => key.length === 64)).toBe(true);
		// Another session's secret gives other keys for the same token and round.
		const otherSecret = await secretOf(await newLiveSession(3));
		expect(hex(dedupeKey(otherSecret, tokens[0]!, r1))).not.toBe(keys[0]);
		// The stored keys are exactly these, and none is the token hash.
		const stored = await db
			.select()
			.from(table.liveResponse)
			.where(inArray(table.liveResponse.roundId, [r1, r2]));
		expect(stored.map((r) => hex(r.dedupeKey)).sort()).toEqual(keys.slice(0, 3).sort());
		const tokenHashes = tokens.map((t) => hex(hashToken(t)));
		for (const row of stored) expect(tokenHashes).not.toContain(hex(row.dedupeKey));
		expect(await getMyResponse(db, dedupeKey(secret, tokens[0]!, r2))).toEqual({
			passed: false,
			answer: { value: 3 }
		});
		expect(await getMyResponse(db, dedupeKey(secret, tokens[1]!, r2))).toBeNull();
	});

	it('stores the secret only sealed with the app key (AES-GCM)', async () => {
		const id = await newLiveSession(3);
		const other = await newLiveSession(3);
		const sealedOf = async (sessionId: string) => {
			const [row] = await db
				.select({ s: table.liveSession.secretCiphertext })
				.from(table.liveSession)
				.where(eq(table.liveSession.id, sessionId));
			return row!.s!;
		};
		const sealed = await sealedOf(id);
		const secret = open(appKey, sealed, id);
		expect(secret.length).toBe(32);
		// IV + tag + body; the body is not the secret.
		expect(sealed.length).toBe(12 + 16 + 32);
		expect(hex(sealed)).not.toContain(hex(secret));
		// Another app key cannot open it, nor can it be moved to another session.
		expect(() => open(randomBytes(32), sealed, id)).toThrow();
		expect(() => open(appKey, sealed, other)).toThrow();
		const otherSecret = open(appKey, await sealedOf(other), other);
		expect(hex(otherSecret)).not.toBe(hex(secret));
		// The store serves the decrypted secret, and refuses with a wrong app key.
		expect(hex((await new SecretStore(db, appKey).get(id))!)).toBe(hex(secret));
		await expect(new SecretStore(db, randomBytes(32)).get(id)).rejects.toThrow();
	});
});

describe('what this file leaves behind', () => {
	it('passes privacy:check', async () => {
		// The embedded database is checked with the app stopped: let go of it first.
		if (testEngine() === 'pglite') await handle.close();
		const report = await runPrivacyCheck({
			databaseUrl: handle.url,
			dataDir: handle.dataDir ?? '',
			migrationsDir: path.resolve('drizzle')
		});
		expect(report.items.filter((i) => !i.ok)).toEqual([]);
	});
});
