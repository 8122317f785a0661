import { and, asc, eq, sql } from 'drizzle-orm';
import { defaultRevealFor, EMPTY_GUIDE, type FacilitationGuide } from '$lib/prompts/guide';
import type { PromptDefinition } from '$lib/prompts/kinds';
import { failure, ok, type Result } from '$lib/result';
import type { Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import { getVisiblePrompt } from '$lib/server/prompts';

// A live session's own list of prompts: snapshots of each prompt's definition (and the
// facilitator's note), so editing a prompt or a plan later never changes what a session
// asked. Runs inside a transaction holding the live session's row lock, so two additions
// at once never draw the same position.

type Snapshot = {
	promptId: string | null;
	definition: PromptDefinition;
	/** The plan step's note for the facilitator. */
	note: string;
	/** The prompt's own note for the facilitator (often its safety guidance). */
	promptNote: string;
	/** The prompt's guide for the facilitator: what to say before, what to watch for, reveal. */
	promptGuide: FacilitationGuide;
	participantNote: string;
};

async function appendSnapshots(tx: Transaction, liveSessionId: string, snapshots: Snapshot[]) {
	if (snapshots.length === 0) return [];
	const [{ last }] = (await tx
		.select({ last: sql<number>`coalesce(max(${table.sessionPrompt.position}), 0)::int` })
		.from(table.sessionPrompt)
		.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))) as [{ last: number }];
	const rows = await tx
		.insert(table.sessionPrompt)
		.values(snapshots.map((s, i) => ({ liveSessionId, position: last + i + 1, ...s })))
		.returning({ id: table.sessionPrompt.id });
	return rows.map((r) => r.id);
}

/** A prompt typed by the coach: it becomes one of their own prompts, and the session's snapshot. */
export async function addTypedPromptIn(
	tx: Transaction,
	coachId: string,
	liveSessionId: string,
	definition: PromptDefinition
): Promise<string> {
	const guide = { ...EMPTY_GUIDE, reveal: defaultRevealFor(definition.kind) };
	const [prompt] = await tx
		.insert(table.prompt)
		.values({ coachId, kind: definition.kind, definition, guide })
		.returning({ id: table.prompt.id });
	const [id] = await appendSnapshots(tx, liveSessionId, [
		{
			promptId: prompt!.id,
			definition,
			note: '',
			promptNote: '',
			promptGuide: guide,
			participantNote: ''
		}
	]);
	return id!;
}

/** A library prompt or one of the coach's own, by id. */
export async function addExistingPromptIn(
	tx: Transaction,
	coachId: string,
	liveSessionId: string,
	promptId: string
): Promise<Result<{ sessionPromptId: string }>> {
	const prompt = await getVisiblePrompt(tx, coachId, promptId);
	if (!prompt) return failure('not_found');
	const [id] = await appendSnapshots(tx, liveSessionId, [
		{
			promptId: prompt.id,
			definition: prompt.definition,
			note: '',
			promptNote: prompt.note,
			promptGuide: prompt.guide,
			participantNote: prompt.participantNote
		}
	]);
	return ok({ sessionPromptId: id! });
}

/**
 * A plan's steps, in order. A step's note goes beside the prompt's own note, never instead
 * of it: the prompt's note often carries its safety guidance.
 */
export async function appendPlanStepsIn(
	tx: Transaction,
	liveSessionId: string,
	steps: {
		promptId: string;
		definition: PromptDefinition;
		note: string;
		promptNote: string;
		promptGuide: FacilitationGuide;
		participantNote: string;
	}[]
) {
	await appendSnapshots(
		tx,
		liveSessionId,
		steps.map((s) => ({
			promptId: s.promptId,
			definition: s.definition,
			note: s.note === s.promptNote ? '' : s.note,
			promptNote: s.promptNote,
			promptGuide: s.promptGuide,
			participantNote: s.participantNote
		}))
	);
}

/** Moves a prompt of the list one place up or down. */
export async function movePromptIn(
	tx: Transaction,
	liveSessionId: string,
	sessionPromptId: string,
	direction: 'up' | 'down'
): Promise<Result> {
	if (!isUuid(sessionPromptId)) return failure('not_found');
	const prompts = await tx
		.select({ id: table.sessionPrompt.id, position: table.sessionPrompt.position })
		.from(table.sessionPrompt)
		.where(eq(table.sessionPrompt.liveSessionId, liveSessionId))
		.orderBy(asc(table.sessionPrompt.position));
	const i = prompts.findIndex((p) => p.id === sessionPromptId);
	if (i < 0) return failure('not_found');
	const j = direction === 'up' ? i - 1 : i + 1;
	if (j < 0 || j >= prompts.length) return failure('cannot_move');
	const a = prompts[i]!;
	const b = prompts[j]!;
	await tx
		.update(table.sessionPrompt)
		.set({ position: b.position })
		.where(eq(table.sessionPrompt.id, a.id));
	await tx
		.update(table.sessionPrompt)
		.set({ position: a.position })
		.where(eq(table.sessionPrompt.id, b.id));
	return ok();
}

/** Takes a prompt off the list; one that was already asked stays (its rounds are the record). */
export async function removePromptIn(
	tx: Transaction,
	liveSessionId: string,
	sessionPromptId: string
): Promise<Result> {
	if (!isUuid(sessionPromptId)) return failure('not_found');
	const [prompt] = await tx
		.select({ id: table.sessionPrompt.id })
		.from(table.sessionPrompt)
		.where(
			and(
				eq(table.sessionPrompt.id, sessionPromptId),
				eq(table.sessionPrompt.liveSessionId, liveSessionId)
			)
		);
	if (!prompt) return failure('not_found');
	const [asked] = await tx
		.select({ id: table.promptRound.id })
		.from(table.promptRound)
		.where(eq(table.promptRound.sessionPromptId, sessionPromptId))
		.limit(1);
	if (asked) return failure('already_asked');
	await tx.delete(table.sessionPrompt).where(eq(table.sessionPrompt.id, sessionPromptId));
	return ok();
}
