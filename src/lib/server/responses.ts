import { createHmac } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AnswerValue, PromptDefinition } from '$lib/prompts/kinds';
import type { MyResponse } from '$lib/realtime/events';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { open } from '$lib/server/crypto/secret-box';
import { isUuid } from '$lib/server/groups';

// Answers in, one per device and round, without ever writing who gave them.

/** HMAC(live-session secret, raw token ‖ round id): differs for every device and round. */
export function dedupeKey(secret: Uint8Array, token: string, roundId: string): Uint8Array {
	return new Uint8Array(
		createHmac('sha256', secret).update(token).update('\u0000').update(roundId).digest()
	);
}

/**
 * Decrypted live-session secrets. A cache only: on a miss (a restart, another process)
 * the secret is read again from the database and decrypted with the app key.
 */
export class SecretStore {
	private readonly cache = new Map<string, Uint8Array>();
	constructor(
		private readonly db: Database,
		private readonly appKey: Buffer
	) {}

	async get(liveSessionId: string): Promise<Uint8Array | null> {
		const cached = this.cache.get(liveSessionId);
		if (cached) return cached;
		const [row] = await this.db
			.select({ sealed: table.liveSession.secretCiphertext })
			.from(table.liveSession)
			.where(and(eq(table.liveSession.id, liveSessionId), eq(table.liveSession.status, 'live')));
		if (!row?.sealed) return null;
		const secret = open(this.appKey, row.sealed, liveSessionId);
		this.cache.set(liveSessionId, secret);
		return secret;
	}

	forget(liveSessionId: string) {
		this.cache.get(liveSessionId)?.fill(0);
		this.cache.delete(liveSessionId);
	}
}

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

export type WriteOutcome = 'stored' | 'prompt_closed';

/**
 * Writes answers in batches: while one transaction runs, the next answers queue, and the
 * next transaction takes all of them in one INSERT. A burst of hundreds of answers costs
 * a handful of round trips; a lone answer is written at once. Each promise resolves only
 * after the transaction holding its row has committed.
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
			// FOR SHARE: a close (FOR UPDATE) waits for this batch, and this batch sees a
			// round that was closed before it as closed.
			const open = await tx
				.select({ id: table.promptRound.id })
				.from(table.promptRound)
				.where(and(inArray(table.promptRound.id, roundIds), eq(table.promptRound.status, 'open')))
				.for('share');
			const openIds = new Set(open.map((r) => r.id));
			// The last answer of a device in a batch wins (one statement may not touch a row twice).
			const latest = new Map<string, PendingResponse>();
			for (const item of items) {
				if (openIds.has(item.roundId))
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
			return items.map((i) => (openIds.has(i.roundId) ? 'stored' : 'prompt_closed'));
		});
	}
}

/** This device's own answer in a round (it holds the token, so it may see it again). */
export async function getMyResponse(db: Database, key: Uint8Array): Promise<MyResponse> {
	const [row] = await db
		.select({ passed: table.liveResponse.passed, answer: table.liveResponse.answer })
		.from(table.liveResponse)
		.where(eq(table.liveResponse.dedupeKey, key));
	if (!row) return null;
	return row.passed ? { passed: true } : { passed: false, answer: row.answer as AnswerValue };
}
