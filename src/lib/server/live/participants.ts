import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';

// A participant is a random token on the device and its SHA-256 here: nothing else, never a
// name, an address or a user agent. The raw token exists only on the phone and, while its
// socket is open, in the memory of the process serving it (for dedupe keys).

export function hashToken(token: string): Uint8Array {
	return new Uint8Array(createHash('sha256').update(token).digest());
}

/** A new device in a live session that is live and open to new phones; null otherwise. */
export async function insertParticipant(db: Database, liveSessionId: string) {
	const token = encodeBase64urlNoPadding(randomBytes(32));
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(table.liveSession)
			.set({ joinedCount: sql`${table.liveSession.joinedCount} + 1` })
			.where(
				and(
					eq(table.liveSession.id, liveSessionId),
					eq(table.liveSession.status, 'live'),
					eq(table.liveSession.locked, false)
				)
			)
			.returning({ id: table.liveSession.id });
		if (updated.length === 0) return null;
		await tx.insert(table.participant).values({ liveSessionId, tokenHash: hashToken(token) });
		return { token };
	});
}

/** The live session a token belongs to, while that session is live. */
export async function findParticipant(db: Database, token: unknown) {
	if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
	const [row] = await db
		.select({ liveSessionId: table.participant.liveSessionId })
		.from(table.participant)
		.innerJoin(table.liveSession, eq(table.liveSession.id, table.participant.liveSessionId))
		.where(
			and(eq(table.participant.tokenHash, hashToken(token)), eq(table.liveSession.status, 'live'))
		);
	return row ?? null;
}

/** The token stops working at once; answers already given stay, unlinked. */
export async function deleteParticipant(db: Database, token: string) {
	const rows = await db
		.delete(table.participant)
		.where(eq(table.participant.tokenHash, hashToken(token)))
		.returning({ liveSessionId: table.participant.liveSessionId });
	return rows[0] ?? null;
}
