import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { FacilitationGuide } from '$lib/prompts/guide';
import type { PromptDefinition } from '$lib/prompts/kinds';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { DEFAULT_CLOSING_NOTE } from '$lib/server/live/room';
import { logEvent } from '$lib/server/log';
import { LIBRARY_PLANS, LIBRARY_PROMPTS } from './content';
import type { LibraryPlan, LibraryPrompt } from './types';

// Loads the built-in library into the database, idempotently, on every start. A wording
// change updates a row in place; a slug that left the file is retired (hidden, kept for the
// sessions that used it). Coaches' own prompts and plans, and every session's snapshot,
// are never touched. Runs in one transaction under an advisory lock, so processes that
// start together load it once.

const LIBRARY_LOCK_KEY = 0x6c6962726172; // "librar"

export interface LibraryLoadReport {
	inserted: number;
	updated: number;
	retired: number;
	plansWritten: number;
	/** Slugs whose kind, options or range changed (or a measure's wording): such a change needs a new slug. */
	refused: string[];
}

export async function loadLibrary(
	db: Database,
	content: { prompts: LibraryPrompt[]; plans: LibraryPlan[] } = {
		prompts: LIBRARY_PROMPTS,
		plans: LIBRARY_PLANS
	}
): Promise<LibraryLoadReport> {
	const report: LibraryLoadReport = {
		inserted: 0,
		updated: 0,
		retired: 0,
		plansWritten: 0,
		refused: []
	};
	await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${LIBRARY_LOCK_KEY})`);
		const existing = await tx
			.select()
			.from(table.prompt)
			.where(and(isNull(table.prompt.coachId), isNotNull(table.prompt.slug)));
		const bySlug = new Map(existing.map((row) => [row.slug!, row]));
		const fileSlugs = new Set(content.prompts.map((p) => p.slug));

		for (const entry of content.prompts) {
			const row = bySlug.get(entry.slug);
			if (!row) {
				const [inserted] = await tx
					.insert(table.prompt)
					.values({
						slug: entry.slug,
						theme: entry.theme,
						kind: entry.definition.kind,
						definition: entry.definition,
						note: entry.guide.purpose,
						guide: guideOf(entry),
						participantNote: participantNoteOf(entry),
						measure: Boolean(entry.measure),
						measureVersion: entry.measure ? 1 : null
					})
					.returning({ id: table.prompt.id });
				// A library measure is the first version of its own series.
				if (entry.measure) {
					await tx
						.update(table.prompt)
						.set({ measureSeries: inserted!.id })
						.where(eq(table.prompt.id, inserted!.id));
				}
				report.inserted++;
				continue;
			}
			const measureReworded =
				(row.measure || entry.measure) && row.definition.text !== entry.definition.text;
			if (shapeOf(row.definition) !== shapeOf(entry.definition) || measureReworded) {
				report.refused.push(entry.slug);
				continue;
			}
			if (Boolean(entry.measure) !== row.measure) {
				await tx
					.update(table.prompt)
					.set({
						measure: Boolean(entry.measure),
						measureSeries: entry.measure ? (row.measureSeries ?? row.id) : row.measureSeries,
						measureVersion: entry.measure ? (row.measureVersion ?? 1) : row.measureVersion
					})
					.where(eq(table.prompt.id, row.id));
			}
			const same =
				row.definition.text === entry.definition.text &&
				row.theme === entry.theme &&
				row.note === entry.guide.purpose &&
				sameGuide(row.guide, guideOf(entry)) &&
				row.participantNote === participantNoteOf(entry) &&
				!row.retired;
			if (same) continue;
			await tx
				.update(table.prompt)
				.set({
					definition: entry.definition,
					theme: entry.theme,
					note: entry.guide.purpose,
					guide: guideOf(entry),
					participantNote: participantNoteOf(entry),
					retired: false,
					updatedAt: new Date()
				})
				.where(eq(table.prompt.id, row.id));
			report.updated++;
		}
		const gone = existing
			.filter((row) => !fileSlugs.has(row.slug!) && !row.retired)
			.map((r) => r.id);
		if (gone.length > 0) {
			await tx
				.update(table.prompt)
				.set({ retired: true, updatedAt: new Date() })
				.where(inArray(table.prompt.id, gone));
			report.retired = gone.length;
		}

		const promptIds = new Map(
			(
				await tx
					.select({ id: table.prompt.id, slug: table.prompt.slug })
					.from(table.prompt)
					.where(and(isNull(table.prompt.coachId), isNotNull(table.prompt.slug)))
			).map((r) => [r.slug!, r.id])
		);
		const plans = await tx
			.select()
			.from(table.plan)
			.where(and(isNull(table.plan.coachId), isNotNull(table.plan.slug)));
		const planBySlug = new Map(plans.map((p) => [p.slug!, p]));
		for (const entry of content.plans) {
			const steps = entry.steps
				.map((s, i) => ({ promptId: promptIds.get(s.prompt), position: i + 1, note: s.note ?? '' }))
				.filter((s): s is { promptId: string; position: number; note: string } =>
					Boolean(s.promptId)
				);
			const row = planBySlug.get(entry.slug);
			if (row) {
				const current = await tx
					.select({
						promptId: table.planStep.promptId,
						position: table.planStep.position,
						note: table.planStep.note
					})
					.from(table.planStep)
					.where(eq(table.planStep.planId, row.id))
					.orderBy(table.planStep.position);
				const unchanged =
					row.title === entry.title &&
					row.description === entry.description &&
					row.closingNote === closingNoteOf(entry) &&
					!row.archived &&
					JSON.stringify(current) === JSON.stringify(steps);
				if (unchanged) continue;
				await tx
					.update(table.plan)
					.set({
						title: entry.title,
						description: entry.description,
						closingNote: closingNoteOf(entry),
						archived: false,
						updatedAt: new Date()
					})
					.where(eq(table.plan.id, row.id));
				await tx.delete(table.planStep).where(eq(table.planStep.planId, row.id));
				if (steps.length > 0) {
					await tx.insert(table.planStep).values(steps.map((s) => ({ ...s, planId: row.id })));
				}
			} else {
				const [created] = await tx
					.insert(table.plan)
					.values({
						slug: entry.slug,
						title: entry.title,
						description: entry.description,
						closingNote: closingNoteOf(entry)
					})
					.returning({ id: table.plan.id });
				if (steps.length > 0) {
					await tx.insert(table.planStep).values(steps.map((s) => ({ ...s, planId: created!.id })));
				}
			}
			report.plansWritten++;
		}
		const filePlans = new Set(content.plans.map((p) => p.slug));
		const gonePlans = plans.filter((p) => !filePlans.has(p.slug!) && !p.archived).map((p) => p.id);
		if (gonePlans.length > 0) {
			await tx.update(table.plan).set({ archived: true }).where(inArray(table.plan.id, gonePlans));
		}
	});
	if (
		report.inserted ||
		report.updated ||
		report.retired ||
		report.plansWritten ||
		report.refused.length
	) {
		logEvent('library_loaded', {
			inserted: report.inserted,
			updated: report.updated,
			retired: report.retired,
			plans: report.plansWritten,
			...(report.refused.length > 0 ? { refused: report.refused.join(',') } : {})
		});
	}
	return report;
}

/** Everything but the wording: kind, options, labels, range. */
function shapeOf(def: PromptDefinition): string {
	const { text: _text, ...shape } = def;
	return JSON.stringify(shape, Object.keys(shape).sort());
}

/** The guardrail every open-text prompt of the library carries on the phone. */
export const LIBRARY_TEXT_NOTE =
	'No names or details needed: write only what you are happy to share.';

function participantNoteOf(entry: LibraryPrompt): string {
	return entry.participantNote ?? (entry.definition.kind === 'text' ? LIBRARY_TEXT_NOTE : '');
}

/** The guide as stored: the purpose is the prompt's `note`; the rest, in a fixed key order. */
function guideOf(entry: LibraryPrompt): FacilitationGuide {
	const { before, watch, reveal } = entry.guide;
	return { before, watch, reveal };
}

// Field by field: jsonb does not keep the order of keys.
function sameGuide(a: FacilitationGuide, b: FacilitationGuide): boolean {
	return a.before === b.before && a.watch === b.watch && a.reveal === b.reveal;
}

function closingNoteOf(entry: LibraryPlan): string {
	return entry.closingNote ?? DEFAULT_CLOSING_NOTE;
}
