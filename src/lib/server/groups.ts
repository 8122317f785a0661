import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';

export async function createGroup(
	db: Database,
	coachId: string,
	input: { name: string; description: string }
) {
	const [row] = await db
		.insert(table.group)
		.values({ coachId, name: input.name, description: input.description })
		.returning();
	return row!;
}

export async function listGroups(db: Database, coachId: string) {
	return db
		.select({
			id: table.group.id,
			name: table.group.name,
			description: table.group.description,
			// Spelled out: inside a subquery Drizzle would leave the outer column unqualified.
			liveSessions: sql<number>`(select count(*)::int from "live_session" s where s.group_id = "group"."id")`,
			liveNow: sql<number>`(select count(*)::int from "live_session" s where s.group_id = "group"."id" and s.status = 'live')`
		})
		.from(table.group)
		.where(eq(table.group.coachId, coachId))
		.orderBy(desc(table.group.createdAt));
}

/** The group if this coach owns it; null for anyone else's or a missing one. */
export async function getOwnedGroup(db: Database, coachId: string, groupId: string) {
	if (!isUuid(groupId)) return null;
	const [row] = await db
		.select()
		.from(table.group)
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)));
	return row ?? null;
}

export async function updateGroup(
	db: Database,
	coachId: string,
	groupId: string,
	input: { name: string; description: string }
) {
	const rows = await db
		.update(table.group)
		.set(input)
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
		.returning({ id: table.group.id });
	return rows.length > 0;
}

export async function deleteGroup(db: Database, coachId: string, groupId: string) {
	const rows = await db
		.delete(table.group)
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
		.returning({ id: table.group.id });
	return rows.length > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Route params and payloads are checked before they reach a uuid column (else: a 500). */
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}
