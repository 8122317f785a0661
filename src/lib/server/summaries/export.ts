import type { PromptResults } from '$lib/prompts/kinds';
import { formatFigure } from '$lib/summary/stats';
import type { GroupTrends, SessionSummary, SummaryPrompt } from '$lib/summary/types';

// Exports of the stored aggregates only, with exactly the suppression of the pages: a round
// that released nothing has its counts and no results. There is no export of raw rows,
// because raw rows are what anonymity forbids showing. The coach's private notes stay out.
// The JSON shape is versioned and described in the README.

export const EXPORT_VERSION = 1;

type ResultsOut = PromptResults | null;

function promptOut(p: SummaryPrompt) {
	const released = p.release.state === 'released';
	return {
		order: p.order,
		round: p.roundNumber,
		kind: p.kind,
		text: p.prompt.text,
		answered: p.answered,
		passed: p.passed,
		released,
		results: (released && p.release.state === 'released' ? p.release.results : null) as ResultsOut,
		median: p.stats?.median ?? null,
		lower: p.stats?.lower ?? null,
		upper: p.stats?.upper ?? null,
		textsDeleted: p.textsDeleted
	};
}

function sessionOut(summary: SessionSummary) {
	const s = summary.liveSession;
	return {
		title: s.title,
		startedAt: s.startedAt,
		endedAt: s.endedAt,
		durationMinutes: s.durationMinutes,
		phonesJoined: s.phones,
		k: s.k,
		textsDeletedAt: s.textsDeletedAt,
		textsDeleteOn: s.textsDeleteOn,
		prompts: summary.prompts.map(promptOut)
	};
}

export function sessionJson(summary: SessionSummary) {
	return {
		format: 'huddle.session-summary',
		version: EXPORT_VERSION,
		group: { name: summary.group.name },
		session: sessionOut(summary)
	};
}

export function groupJson(trends: GroupTrends, summaries: SessionSummary[]) {
	const titleOf = new Map(trends.sessions.map((s) => [s.id, s]));
	return {
		format: 'huddle.group-summary',
		version: EXPORT_VERSION,
		group: { name: trends.group.name },
		sessions: summaries.map(sessionOut),
		measures: trends.measures.map((m) => ({
			text: m.prompt.text,
			kind: m.prompt.kind,
			version: m.version,
			min: m.min,
			max: m.max,
			minLabel: m.minLabel,
			maxLabel: m.maxLabel,
			points: m.points.map((p) => ({
				session: titleOf.get(p.liveSessionId)?.title ?? '',
				startedAt: titleOf.get(p.liveSessionId)?.startedAt ?? null,
				state: p.state,
				answered: p.state === 'not_asked' ? null : p.answered,
				median: p.state === 'released' ? p.median : null,
				lower: p.state === 'released' ? p.lower : null,
				upper: p.state === 'released' ? p.upper : null
			}))
		}))
	};
}

const CSV_HEADER = [
	'session_started',
	'session_title',
	'order',
	'round',
	'kind',
	'prompt',
	'answered',
	'passed',
	'released',
	'item',
	'count',
	'median',
	'lower',
	'upper'
];

/** One row per prompt asked (its counts and figures), then one per item of its release. */
function sessionRows(summary: SessionSummary): (string | number | null)[][] {
	const s = summary.liveSession;
	const rows: (string | number | null)[][] = [];
	for (const p of summary.prompts) {
		const base = [s.startedAt, s.title, p.order, p.roundNumber, p.kind, p.prompt.text];
		const released = p.release.state === 'released';
		rows.push([
			...base,
			p.answered,
			p.passed,
			released ? 'yes' : 'no',
			null,
			null,
			p.stats ? formatFigure(p.stats.median) : null,
			p.stats ? formatFigure(p.stats.lower) : null,
			p.stats ? formatFigure(p.stats.upper) : null
		]);
		if (p.release.state !== 'released') continue;
		for (const [item, count] of itemsOf(p.release.results)) {
			rows.push([...base, null, null, 'yes', item, count, null, null, null]);
		}
	}
	return rows;
}

/** What a release counts, as (item, count) pairs; texts have no count of their own. */
function itemsOf(results: PromptResults): [string, number | null][] {
	switch (results.kind) {
		case 'scale':
			return results.counts.map((count, i) => {
				const value = results.min + i;
				const label =
					value === results.min ? results.minLabel : value === results.max ? results.maxLabel : '';
				return [label ? `${value} (${label})` : String(value), count];
			});
		case 'checkin':
			return results.counts.map((count, i) => [`${i + 1} (${results.labels[i]})`, count]);
		case 'single':
		case 'multiple':
			return results.options.map((option, i) => [option, results.counts[i] ?? 0]);
		case 'words':
			return results.words.map((w) => [w.word, w.count]);
		case 'text':
			return results.texts.map((text) => [text, null]);
	}
}

export function sessionCsv(summary: SessionSummary): string {
	return toCsv([CSV_HEADER, ...sessionRows(summary)]);
}

export function groupCsv(summaries: SessionSummary[]): string {
	return toCsv([CSV_HEADER, ...summaries.flatMap(sessionRows)]);
}

/**
 * RFC 4180, UTF-8 with a byte-order mark (so spreadsheet programs read accents right). A cell
 * that would start a formula (=, +, -, @, tab, return) gets a leading apostrophe: a written
 * answer is shown as text, never run.
 */
function toCsv(rows: (string | number | null)[][]): string {
	const cell = (value: string | number | null) => {
		if (value === null || value === undefined) return '';
		let text = String(value);
		if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
		return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
	};
	return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** huddle-<group>-<session>-<date>.<ext>, in plain ASCII. */
export function exportFileName(parts: (string | null)[], date: string | null, extension: string) {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40);
	const day = date ? date.slice(0, 10) : '';
	return ['huddle', ...parts.filter((p): p is string => Boolean(p)).map(slug), day]
		.filter(Boolean)
		.join('-')
		.concat(`.${extension}`);
}
