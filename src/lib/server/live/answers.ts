import { eq, inArray, sql } from 'drizzle-orm';
import {
	isAnswerable,
	parseAnswer,
	type AnswerValue,
	type PromptDefinition
} from '$lib/prompts/kinds';
import type { MyResponse } from '$lib/realtime/events';
import { failure, ok, type ErrorCode, type Result } from '$lib/result';
import type { AnswerSubmission } from '$lib/schemas/live-sessions';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { getLiveSessionStatus } from './lifecycle';
import { answerNeedsAttention } from './moderation';
import { dedupeKey, type SecretStore } from './secrets';
import { statusError } from './status';

// Answers in, one per device and round, without ever writing who gave them.

export interface RoundInfo {
	liveSessionId: string;
	definition: PromptDefinition;
}

/** A round's session and prompt never change once it exists: safe to cache. */
export class RoundDirectory {
	private readonly cache = new Map<string, RoundInfo>();
	constructor(private readonly db: Database) {}

	async get(roundId: string): Promise<RoundInfo | null> {
		if (!isUuid(roundId)) return null;
		const cached = this.cache.get(roundId);
		if (cached) return cached;
		const [row] = await this.db
			.select({
				liveSessionId: table.promptRound.liveSessionId,
				definition: table.sessionPrompt.definition
			})
			.from(table.promptRound)
			.innerJoin(table.sessionPrompt, eq(table.sessionPrompt.id, table.promptRound.sessionPromptId))
			.where(eq(table.promptRound.id, roundId));
		if (!row) return null;
		if (this.cache.size > 10_000) this.cache.clear();
		this.cache.set(roundId, row);
		return row;
	}
}

export interface PendingResponse {
	roundId: string;
	dedupeKey: Uint8Array;
	passed: boolean;
	answer: AnswerValue | null;
}

export type WriteOutcome = 'stored' | 'prompt_closed' | 'ended';

/**
 * Writes answers in batches: while one transaction runs, the next answers queue, and the
 * next transaction takes all of them in one INSERT. A burst of hundreds of answers costs a
 * handful of round trips; a lone answer is written at once. Each promise resolves only after
 * the transaction holding its row has committed — the acknowledgement a phone gets means
 * the answer is on disk.
 */
export class ResponseWriter {
	private queue: {
		item: PendingResponse;
		resolve: (o: WriteOutcome) => void;
		reject: (e: unknown) => void;
	}[] = [];
	private running = false;

	constructor(
		private readonly db: Database,
		private readonly maxBatch = 500
	) {}

	submit(item: PendingResponse): Promise<WriteOutcome> {
		return new Promise((resolve, reject) => {
			this.queue.push({ item, resolve, reject });
			if (!this.running) void this.drain();
		});
	}

	private async drain() {
		this.running = true;
		try {
			while (this.queue.length > 0) {
				const batch = this.queue.splice(0, this.maxBatch);
				try {
					const outcomes = await this.write(batch.map((b) => b.item));
					batch.forEach((b, i) => b.resolve(outcomes[i]!));
				} catch (err) {
					for (const b of batch) b.reject(err);
				}
			}
		} finally {
			this.running = false;
		}
	}

	private async write(items: PendingResponse[]): Promise<WriteOutcome[]> {
		return this.db.transaction(async (tx) => {
			const roundIds = [...new Set(items.map((i) => i.roundId))];
			// FOR SHARE: a close (FOR UPDATE) waits for this batch, and this batch sees a round
			// that was closed before it as closed (Postgres re-reads a row it waited for).
			const rounds = await tx
				.select({
					id: table.promptRound.id,
					status: table.promptRound.status,
					sessionStatus: table.liveSession.status
				})
				.from(table.promptRound)
				.innerJoin(table.liveSession, eq(table.liveSession.id, table.promptRound.liveSessionId))
				.where(inArray(table.promptRound.id, roundIds))
				.for('share', { of: table.promptRound });
			const outcomeOf = new Map<string, WriteOutcome>(
				rounds.map((r) => [
					r.id,
					r.status === 'open' ? 'stored' : r.sessionStatus === 'ended' ? 'ended' : 'prompt_closed'
				])
			);
			// The last answer of a device in a batch wins (one statement may not touch a row twice).
			const latest = new Map<string, PendingResponse>();
			for (const item of items) {
				if (outcomeOf.get(item.roundId) === 'stored')
					latest.set(Buffer.from(item.dedupeKey).toString('hex'), item);
			}
			if (latest.size > 0) {
				await tx
					.insert(table.liveResponse)
					.values(
						[...latest.values()].map((i) => ({
							roundId: i.roundId,
							dedupeKey: i.dedupeKey,
							passed: i.passed,
							answer: i.answer
						}))
					)
					.onConflictDoUpdate({
						target: table.liveResponse.dedupeKey,
						set: { passed: sql`excluded.passed`, answer: sql`excluded.answer` }
					});
			}
			return items.map((i) => outcomeOf.get(i.roundId) ?? 'prompt_closed');
		});
	}
}

/** A device's own answer in a round (it holds the token, so it may see it again). */
export async function getMyResponse(db: Database, key: Uint8Array): Promise<MyResponse> {
	const [row] = await db
		.select({ passed: table.liveResponse.passed, answer: table.liveResponse.answer })
		.from(table.liveResponse)
		.where(eq(table.liveResponse.dedupeKey, key));
	if (!row) return null;
	return row.passed ? { passed: true } : { passed: false, answer: row.answer as AnswerValue };
}

/**
 * The whole answer use case: find the round, parse the answer against its prompt, derive the
 * dedupe key from the session's secret, write. One answer at a time per device, so a later
 * answer can never be overtaken by an earlier one.
 */
export function createAnswers(deps: { db: Database; secrets: SecretStore }) {
	const rounds = new RoundDirectory(deps.db);
	const writer = new ResponseWriter(deps.db);
	const perDevice = new Map<string, Promise<unknown>>();

	async function submitNow(
		device: { liveSessionId: string; token: string },
		payload: AnswerSubmission
	): Promise<Result<{ idempotencyKey: string; offerSupport: boolean }>> {
		// The secret exists only while the session is live (and is cached): no secret, no answer.
		const secret = await deps.secrets.get(device.liveSessionId);
		if (!secret) return failure(await refusalOf(device.liveSessionId));
		const round = await rounds.get(payload.roundId);
		if (!round || round.liveSessionId !== device.liveSessionId) return failure('not_found');
		// A moment asks nothing: not even a pass is stored, so it has no responded count.
		if (!isAnswerable(round.definition)) {
			return failure('invalid_payload', { none: 'A moment has nothing to answer.' });
		}
		let answer: AnswerValue | null = null;
		if (!payload.pass) {
			const value = parseAnswer(round.definition, payload.answer);
			if (!value.ok) return failure('invalid_payload', value.fields);
			answer = value.value;
		}
		const outcome = await writer.submit({
			roundId: payload.roundId,
			dedupeKey: dedupeKey(secret, device.token, payload.roundId),
			passed: Boolean(payload.pass),
			answer
		});
		if (outcome !== 'stored') return failure(outcome);
		// Told to the writer's own phone only, in its acknowledgement; nothing of it is stored
		// or sent anywhere else (the coach learns of it only at close, for the round as a whole).
		return ok({
			idempotencyKey: payload.idempotencyKey,
			offerSupport: answerNeedsAttention(round.definition, answer)
		});
	}

	async function refusalOf(liveSessionId: string): Promise<ErrorCode> {
		const status = await getLiveSessionStatus(deps.db, liveSessionId);
		return (status && statusError('answer', status)) ?? 'ended';
	}

	return {
		submit(device: { liveSessionId: string; token: string }, payload: AnswerSubmission) {
			const previous = perDevice.get(device.token) ?? Promise.resolve();
			const run = previous.then(() => submitNow(device, payload));
			const settled = run.catch(() => {});
			perDevice.set(device.token, settled);
			void settled.then(() => {
				if (perDevice.get(device.token) === settled) perDevice.delete(device.token);
			});
			return run;
		},
		async mine(device: { liveSessionId: string; token: string }, roundId: string) {
			const secret = await deps.secrets.get(device.liveSessionId);
			return secret ? getMyResponse(deps.db, dedupeKey(secret, device.token, roundId)) : null;
		}
	};
}
