import { and, asc, eq, inArray, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { defaultRevealFor, type FacilitationGuide } from '$lib/prompts/guide';
import type { PromptDefinition, PromptKind } from '$lib/prompts/kinds';
import { failure, ok, type Result } from '$lib/result';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';

// Prompts a coach can use: the built-in library (coach_id null) and their own.

export interface PromptListing {
	id: string;
	source: 'library' | 'mine';
	theme: string | null;
	kind: PromptKind;
	definition: PromptDefinition;
	note: string;
	/** For the coach: what to say before, what to watch for, whether to reveal. */
	guide: FacilitationGuide;
	/** Shown under the prompt on the phone. */
	participantNote: string;
	archived: boolean;
	/** A measure a group's trend follows, and which version of it (rewording makes the next). */
	measure: boolean;
	measureVersion: number | null;
}

export interface PromptQuery {
	q?: string;
	theme?: string;
	kind?: string;
	scope?: 'all' | 'library' | 'mine';
	includeArchived?: boolean;
	limit?: number;
}

const listing = {
	id: table.prompt.id,
	coachId: table.prompt.coachId,
	theme: table.prompt.theme,
	kind: table.prompt.kind,
	definition: table.prompt.definition,
	note: table.prompt.note,
	guide: table.prompt.guide,
	participantNote: table.prompt.participantNote,
	archived: table.prompt.archived,
	measure: table.prompt.measure,
	measureVersion: table.prompt.measureVersion
};

function toListing(row: { coachId: string | null } & Omit<PromptListing, 'source'>): PromptListing {
	const { coachId, ...rest } = row;
	return { ...rest, source: coachId ? 'mine' : 'library' };
}

/** The library's live prompts and this coach's own, filtered by words, theme and kind. */
export async function searchPrompts(db: Database, coachId: string, query: PromptQuery = {}) {
	const scope = query.scope ?? 'all';
	const library = and(isNull(table.prompt.coachId), eq(table.prompt.retired, false));
	const mine = and(
		eq(table.prompt.coachId, coachId),
		query.includeArchived ? undefined : eq(table.prompt.archived, false)
	);
	const conditions: (SQL | undefined)[] = [
		scope === 'library' ? library : scope === 'mine' ? mine : or(library, mine)
	];
	const words = (query.q ?? '').trim().slice(0, 100);
	if (words) {
		const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(
			or(
				ilike(sql`${table.prompt.definition}->>'text'`, pattern),
				ilike(sql`coalesce(${table.prompt.definition}->>'options', '')`, pattern),
				ilike(sql`coalesce(${table.prompt.definition}->>'labels', '')`, pattern),
				ilike(table.prompt.note, pattern)
			)
		);
	}
	if (query.theme) conditions.push(eq(table.prompt.theme, query.theme));
	if (query.kind) conditions.push(eq(table.prompt.kind, query.kind as PromptKind));
	const rows = await db
		.select(listing)
		.from(table.prompt)
		.where(and(...conditions))
		.orderBy(
			sql`${table.prompt.coachId} is null`,
			asc(table.prompt.theme),
			asc(table.prompt.slug),
			asc(table.prompt.createdAt)
		)
		.limit(query.limit ?? 500);
	return rows.map(toListing);
}

/** A prompt this coach may use or see: library (even retired, for history) or their own. */
export async function getVisiblePrompt(db: Database, coachId: string, promptId: string) {
	if (!isUuid(promptId)) return null;
	const [row] = await db
		.select({ ...listing, retired: table.prompt.retired })
		.from(table.prompt)
		.where(
			and(
				eq(table.prompt.id, promptId),
				or(isNull(table.prompt.coachId), eq(table.prompt.coachId, coachId))
			)
		);
	if (!row) return null;
	const { retired, ...rest } = row;
	return { ...toListing(rest), retired };
}

/** What goes around a prompt's definition; a field left undefined keeps its default or value. */
export interface PromptExtras {
	note?: string;
	theme?: string | null;
	participantNote?: string;
	guide?: FacilitationGuide;
}

export async function createOwnPrompt(
	db: Database,
	coachId: string,
	definition: PromptDefinition,
	extras: PromptExtras = {}
) {
	const [row] = await db
		.insert(table.prompt)
		.values({
			coachId,
			kind: definition.kind,
			definition,
			note: extras.note ?? '',
			theme: extras.theme ?? null,
			participantNote: extras.participantNote ?? '',
			guide: extras.guide ?? { before: '', watch: '', reveal: defaultRevealFor(definition.kind) }
		})
		.returning({ id: table.prompt.id });
	return row!.id;
}

/** JSON with keys in one order (jsonb does not keep the order they were written in). */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

/** The kinds a measure can be: a trend follows a median and spread. */
export const MEASURE_KINDS = ['scale', 'checkin'] as const;
const isMeasureKind = (kind: string) => (MEASURE_KINDS as readonly string[]).includes(kind);

/**
 * Edits a coach's own prompt. Sessions that asked it keep their own copy of the wording. A
 * measure's wording and scale are frozen: changing them makes a new prompt, the measure's next
 * version (the old one is archived), so a trend never joins two differently asked questions.
 * Returns the id of the prompt that now holds the edit, or null when it is not the coach's.
 */
export async function updateOwnPrompt(
	db: Database,
	coachId: string,
	promptId: string,
	definition: PromptDefinition,
	/** Each field left as it is when undefined. */
	extras: PromptExtras = {}
): Promise<{ id: string; newVersion: boolean } | null> {
	const { note, theme, participantNote, guide } = extras;
	if (!isUuid(promptId)) return null;
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(table.prompt)
			.where(and(eq(table.prompt.id, promptId), eq(table.prompt.coachId, coachId)))
			.for('update');
		if (!current) return null;
		const reworded = canonical(current.definition) !== canonical(definition);
		if (current.measure && reworded) {
			const stillMeasure = isMeasureKind(definition.kind);
			const [next] = await tx
				.insert(table.prompt)
				.values({
					coachId,
					kind: definition.kind,
					definition,
					note: note ?? current.note,
					theme: theme === undefined ? current.theme : theme,
					participantNote: participantNote ?? current.participantNote,
					guide: guide ?? current.guide,
					measure: stillMeasure,
					measureSeries: stillMeasure ? (current.measureSeries ?? current.id) : null,
					measureVersion: stillMeasure ? (current.measureVersion ?? 1) + 1 : null
				})
				.returning({ id: table.prompt.id });
			await tx
				.update(table.prompt)
				.set({ archived: true, updatedAt: new Date() })
				.where(eq(table.prompt.id, current.id));
			// The coach's plans ask the new version from now on; past sessions keep theirs.
			await tx
				.update(table.planStep)
				.set({ promptId: next!.id })
				.where(
					and(
						eq(table.planStep.promptId, current.id),
						inArray(
							table.planStep.planId,
							tx
								.select({ id: table.plan.id })
								.from(table.plan)
								.where(eq(table.plan.coachId, coachId))
						)
					)
				);
			return { id: next!.id, newVersion: true };
		}
		await tx
			.update(table.prompt)
			.set({
				kind: definition.kind,
				definition,
				...(note === undefined ? {} : { note }),
				...(guide === undefined ? {} : { guide }),
				...(theme === undefined ? {} : { theme }),
				...(participantNote === undefined ? {} : { participantNote }),
				updatedAt: new Date()
			})
			.where(eq(table.prompt.id, current.id));
		return { id: current.id, newVersion: false };
	});
}

/**
 * Makes one of the coach's own prompts a measure (or not). Only a scale or a check-in can be
 * one. A measure starts a series of its own; turning it off keeps what sessions recorded.
 */
export async function setOwnPromptMeasure(
	db: Database,
	coachId: string,
	promptId: string,
	measure: boolean
): Promise<Result> {
	if (!isUuid(promptId)) return failure('not_found');
	const [current] = await db
		.select()
		.from(table.prompt)
		.where(and(eq(table.prompt.id, promptId), eq(table.prompt.coachId, coachId)));
	if (!current) return failure('not_found');
	if (measure && !isMeasureKind(current.kind)) {
		return failure('invalid_payload', {
			measure: 'Only a scale or a check-in can be a measure: a trend follows its median.'
		});
	}
	await db
		.update(table.prompt)
		.set({
			measure,
			measureSeries: measure ? (current.measureSeries ?? current.id) : current.measureSeries,
			measureVersion: measure ? (current.measureVersion ?? 1) : current.measureVersion,
			updatedAt: new Date()
		})
		.where(eq(table.prompt.id, current.id));
	return ok();
}

/** A copy the coach owns and can edit: of a library prompt or of one of their own. */
export async function copyPrompt(db: Database, coachId: string, promptId: string) {
	const source = await getVisiblePrompt(db, coachId, promptId);
	if (!source) return null;
	return createOwnPrompt(db, coachId, source.definition, {
		note: source.note,
		theme: source.theme,
		participantNote: source.participantNote,
		guide: source.guide
	});
}

export async function setOwnPromptArchived(
	db: Database,
	coachId: string,
	promptId: string,
	archived: boolean
) {
	if (!isUuid(promptId)) return false;
	const rows = await db
		.update(table.prompt)
		.set({ archived, updatedAt: new Date() })
		.where(and(eq(table.prompt.id, promptId), eq(table.prompt.coachId, coachId)))
		.returning({ id: table.prompt.id });
	return rows.length > 0;
}
