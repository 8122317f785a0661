import { and, desc, eq, sql } from 'drizzle-orm';
import { failure, ok, type Result } from '$lib/result';
import { normalizeFilterWords } from '$lib/safety/word-filter';
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

/**
 * How long a group's written answers are kept after each session: `null` for the deployment's
 * default, else a number of days from the deployment's minimum up to that default.
 */
export async function setGroupTextRetention(
	db: Database,
	coachId: string,
	groupId: string,
	days: number | null,
	limits: { minDays: number; defaultDays: number }
): Promise<boolean> {
	if (!isUuid(groupId)) return false;
	if (
		days !== null &&
		(!Number.isInteger(days) || days < limits.minDays || days > limits.defaultDays)
	) {
		return false;
	}
	const rows = await db
		.update(table.group)
		.set({ textRetentionDays: days === limits.defaultDays ? null : days })
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
		.returning({ id: table.group.id });
	return rows.length > 0;
}

/** The retention choices a coach is offered: the default and shorter, never below the minimum. */
export function textRetentionChoices(limits: { minDays: number; defaultDays: number }): number[] {
	const choices = [7, 14, 30, 60, 90, 180, 365].filter(
		(d) => d >= limits.minDays && d < limits.defaultDays
	);
	return [...new Set([limits.minDays, ...choices, limits.defaultDays])].sort((a, b) => a - b);
}

export const FILTER_WORDS_INPUT_MAX = 8000;

/**
 * The group's own words to mask in what the room sees (one per line; a colleague's name, a
 * ward). Cleaned by the word filter's own rules; false when the group is not this coach's or
 * the input is too long to be a list of words.
 */
export async function setGroupFilterWords(
	db: Database,
	coachId: string,
	groupId: string,
	input: unknown
): Promise<Result<{ words: string[] }>> {
	if (!isUuid(groupId)) return failure('not_found');
	if (typeof input !== 'string' || input.length > FILTER_WORDS_INPUT_MAX) {
		return failure('invalid_payload', {
			filterWords: 'Give at most 200 words or phrases, one per line.'
		});
	}
	const lines = input.split(/\r?\n|,/);
	if (lines.filter((l) => l.trim()).length > 200) {
		return failure('invalid_payload', {
			filterWords: 'Give at most 200 words or phrases, one per line.'
		});
	}
	const long = lines.find((l) => l.trim().length > 40);
	if (long) {
		return failure('invalid_payload', {
			filterWords: `Keep each word or phrase to 40 characters or fewer (“${long.trim().slice(0, 20)}…”).`
		});
	}
	const words = normalizeFilterWords(lines);
	const rows = await db
		.update(table.group)
		.set({ filterWords: words })
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
		.returning({ id: table.group.id });
	return rows.length > 0 ? ok({ words }) : failure('not_found');
}
