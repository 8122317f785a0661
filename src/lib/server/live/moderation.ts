import { and, eq } from 'drizzle-orm';
import type { AnswerValue, PromptDefinition, PromptResults } from '$lib/prompts/kinds';
import { failure, ok, type Result } from '$lib/result';
import { textNeedsAttention, wordNeedsAttention, wordsNeedAttention } from '$lib/safety/crisis';
import { isFilteredWord, maskText } from '$lib/safety/word-filter';
import type { Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';
import type { LockedLiveSession } from './lifecycle';

// What the room sees of a release, and the screening of written answers for signs of crisis.
//
// The stored release is never changed: hiding an answer or masking a word changes only what
// the room's screens (phones and the display) are sent. The coach sees the whole release, with
// what is hidden or masked marked as such.

export type Moderation = { hiddenTexts: number[]; hiddenWords: string[] };

/** Whether one answer shows signs of crisis (only written answers are screened). */
export function answerNeedsAttention(def: PromptDefinition, answer: AnswerValue | null): boolean {
	if (!answer) return false;
	if (def.kind === 'text' && 'text' in answer) return textNeedsAttention(answer.text);
	if (def.kind === 'words' && 'words' in answer) return wordsNeedAttention(answer.words);
	return false;
}

/**
 * What a round keeps off the room at close: the texts and words of its release that show
 * signs of crisis. The coach may show them after reading them; until then only they see them.
 */
export function flaggedItems(results: PromptResults): Moderation {
	if (results.kind === 'text') {
		return {
			hiddenTexts: results.texts.flatMap((text, i) => (textNeedsAttention(text) ? [i] : [])),
			hiddenWords: []
		};
	}
	if (results.kind === 'words') {
		return {
			hiddenTexts: [],
			hiddenWords: results.words.filter((w) => wordNeedsAttention(w.word)).map((w) => w.word)
		};
	}
	return { hiddenTexts: [], hiddenWords: [] };
}

export const MASK = '•••';

/**
 * The release as the room may see it: hidden texts and words left out (a hidden word adds
 * nothing to the cloud's sizes either), and filtered words masked. Counts of answers stay
 * those of the release, as the room is told how many answered.
 */
export function roomResults(
	results: PromptResults,
	moderation: Moderation,
	filterWords: readonly string[]
): PromptResults {
	if (results.kind === 'text') {
		const hidden = new Set(moderation.hiddenTexts);
		return {
			...results,
			texts: results.texts.flatMap((text, i) =>
				hidden.has(i) ? [] : [maskText(text, filterWords).text]
			)
		};
	}
	if (results.kind === 'words') {
		const hidden = new Set(moderation.hiddenWords);
		const shown: { word: string; count: number }[] = [];
		let masked = 0;
		for (const entry of results.words) {
			if (hidden.has(entry.word)) continue;
			if (isFilteredWord(entry.word, filterWords)) masked += entry.count;
			else shown.push(entry);
		}
		// Masked words become one entry: the room learns that something was masked, not what.
		if (masked > 0) shown.push({ word: MASK, count: masked });
		return { ...results, words: shown.sort((a, b) => b.count - a.count) };
	}
	return results;
}

/** What the coach is told was masked for the room: positions of texts, and words. */
export function maskedItems(
	results: PromptResults,
	filterWords: readonly string[]
): { texts: number[]; words: string[] } {
	if (results.kind === 'text') {
		return {
			texts: results.texts.flatMap((text, i) =>
				maskText(text, filterWords).masked > 0 ? [i] : []
			),
			words: []
		};
	}
	if (results.kind === 'words') {
		return {
			texts: [],
			words: results.words.filter((w) => isFilteredWord(w.word, filterWords)).map((w) => w.word)
		};
	}
	return { texts: [], words: [] };
}

export type HideTarget = { text: number } | { word: string };

/**
 * Hides one text (by its position in the release) or one word of a released round from the
 * room, or shows it again. Refused for an item the release does not hold.
 */
export async function setHiddenIn(
	tx: Transaction,
	session: LockedLiveSession,
	roundId: string,
	target: HideTarget,
	hidden: boolean
): Promise<Result> {
	if (!isUuid(roundId)) return failure('not_found');
	const [round] = await tx
		.select({
			hiddenTexts: table.promptRound.hiddenTexts,
			hiddenWords: table.promptRound.hiddenWords,
			results: table.roundRelease.results
		})
		.from(table.promptRound)
		.leftJoin(table.roundRelease, eq(table.roundRelease.roundId, table.promptRound.id))
		.where(and(eq(table.promptRound.id, roundId), eq(table.promptRound.liveSessionId, session.id)));
	if (!round) return failure('not_found');
	if (!round.results) return failure('not_released');
	const results = round.results;
	if ('text' in target) {
		if (results.kind !== 'text' || !Number.isInteger(target.text) || !results.texts[target.text]) {
			return failure('not_found');
		}
		const set = new Set(round.hiddenTexts);
		if (hidden) set.add(target.text);
		else set.delete(target.text);
		await tx
			.update(table.promptRound)
			.set({ hiddenTexts: [...set].sort((a, b) => a - b) })
			.where(eq(table.promptRound.id, roundId));
		return ok();
	}
	if (results.kind !== 'words' || !results.words.some((w) => w.word === target.word)) {
		return failure('not_found');
	}
	const set = new Set(round.hiddenWords);
	if (hidden) set.add(target.word);
	else set.delete(target.word);
	await tx
		.update(table.promptRound)
		.set({ hiddenWords: [...set].sort() })
		.where(eq(table.promptRound.id, roundId));
	return ok();
}
