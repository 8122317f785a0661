// Masking words in what the room sees: the shipped list of profanity and slurs, plus a coach's
// own list for a group (a colleague's name, a ward, "chief resident"). Shared by the server and
// the phone (no node imports).
//
// This is not crisis detection (that is crisis.ts): it decides only what the shared screens
// show, never who is offered help. A masked word becomes "•••" for the room; the coach still
// sees what was written.
//
// Matching is by whole words, so "ass" never masks "class" nor "cunt" "Scunthorpe". The text is
// compared folded (compatibility forms and accents removed, lower case) while the replacement
// is made in the original, so "ＦＵＣＫ" and "fück" are masked and everything around them is
// left exactly as written. A listed word also masks its plain English endings (-s, -es, -ed,
// -er, -ing, -in', -y), spelled as English spells them: "shit" masks "shitty" and "shitting",
// while "tim" (a CVC word, which doubles before an ending) does not mask "timing" or "timed".

const MASK = '\u2022\u2022\u2022';

const MAX_FILTER_WORDS = 200;
const MAX_FILTER_WORD_LENGTH = 40;

/** Normalizes a coach's own list: trims, lowercases, drops blanks and duplicates, max 200 entries of max 40 chars; returns the cleaned list. */
export function normalizeFilterWords(words: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const raw of words) {
		if (typeof raw !== 'string') continue;
		const word = raw.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
		// Too long is dropped, not cut: a cut-off word would mask something else.
		if (word.length > MAX_FILTER_WORD_LENGTH || !/[\p{L}\p{N}]/u.test(word)) continue;
		seen.add(word);
		if (seen.size === MAX_FILTER_WORDS) break;
	}
	return [...seen];
}

/** The shipped list (mild but clear profanity and slurs — keep it short and non-gratuitous, English), normalized. */
export const SHIPPED_FILTER_WORDS: readonly string[] = Object.freeze(
	normalizeFilterWords([
		// Profanity. Mild words that carry a feeling ("hell", "damn", "crap", "bloody") stay:
		// "a shift from hell" is part of telling it.
		'fuck',
		'motherfuck',
		'shit',
		'shite',
		'bullshit',
		'ass',
		'asshole',
		'arsehole',
		'dumbass',
		'jackass',
		'bitch',
		'bastard',
		'cunt',
		'dickhead',
		'twat',
		'wanker',
		'bollocks',
		'slut',
		'whore',
		// Slurs. Words with an innocent everyday meaning are left out ("fag" is a cigarette in
		// the UK, "prick" a needle-stick, "chink" in the armour, "spic" would mask "spicy").
		'retard',
		'faggot',
		'nigger',
		'nigga',
		'kike',
		'tranny',
		'paki',
		'gook',
		'wetback'
	])
);

// --- Folding -------------------------------------------------------------------------------

const APOSTROPHE = /[\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032\uff07]/u;
const MARKS_AND_INVISIBLES = /[\p{M}\p{Cf}]/gu;

function foldCodePoint(ch: string): string {
	if (ch < '\u0080') return ch.toLowerCase();
	if (APOSTROPHE.test(ch)) return "'";
	return ch.normalize('NFKD').replace(MARKS_AND_INVISIBLES, '').toLowerCase();
}

interface Folded {
	text: string;
	/** For each UTF-16 unit of `text`, where the code point it came from starts in the original. */
	from: number[];
	/** ...and where it ends. */
	to: number[];
}

function fold(original: string): Folded {
	let text = '';
	const from: number[] = [];
	const to: number[] = [];
	let at = 0;
	for (const ch of original) {
		const folded = foldCodePoint(ch);
		for (let i = 0; i < folded.length; i++) {
			from.push(at);
			to.push(at + ch.length);
		}
		text += folded;
		at += ch.length;
	}
	return { text, from, to };
}

function foldWord(word: string): string {
	return fold(word).text;
}

// --- Building the matcher ------------------------------------------------------------------

const SEPARATOR = '[\\s\\p{Pd}_]+';
const VOWEL = /[aeiou]/;
const DOUBLING_CONSONANT = /[b-df-hj-np-tvz]/;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A consonant-vowel-consonant ending ("tim", "shit"), whose consonant doubles before -ing. */
function endsShortSyllable(word: string): boolean {
	const [a, b, c] = word.slice(-3);
	return (
		word.length >= 3 &&
		a !== undefined &&
		b !== undefined &&
		c !== undefined &&
		!VOWEL.test(a) &&
		/[a-z]/.test(a) &&
		VOWEL.test(b) &&
		DOUBLING_CONSONANT.test(c)
	);
}

/** The regular expression source for one listed word with its English endings. */
function wordWithEndings(word: string): string {
	const stem = escapeRegExp(word);
	const last = word.at(-1) ?? '';
	if (!/[a-z]/.test(last)) return stem;
	const forms: string[] = [];
	const vowelEndings = '(?:ed|er|ers|ing|in|y)';
	forms.push(/(?:s|x|z|ch|sh)$/.test(word) ? `${stem}(?:es)?` : `${stem}s?`);
	if (last === 'e') {
		forms.push(`${escapeRegExp(word.slice(0, -1))}${vowelEndings}`, `${stem}[dr]`);
	} else if (last === 'y' && word.length > 1 && !VOWEL.test(word.at(-2) ?? '')) {
		forms.push(`${escapeRegExp(word.slice(0, -1))}(?:ies|ied)`, `${stem}${vowelEndings}`);
	} else if (endsShortSyllable(word)) {
		forms.push(`${stem}${escapeRegExp(last)}${vowelEndings}`);
	} else {
		forms.push(`${stem}${vowelEndings}`);
	}
	return `(?:${forms.join('|')})`;
}

/** One entry, which may be several words: the last one takes the endings ("chief residents"). */
function entrySource(entry: string): string | null {
	const parts = foldWord(entry)
		.split(new RegExp(SEPARATOR, 'u'))
		.filter((part) => part !== '');
	const last = parts.pop();
	if (last === undefined) return null;
	return [...parts.map(escapeRegExp), wordWithEndings(last)].join(SEPARATOR);
}

function buildMatcher(extra: readonly string[]): RegExp | null {
	const entries = [...new Set([...SHIPPED_FILTER_WORDS, ...normalizeFilterWords(extra)])];
	// Longest first, so a phrase wins over a word it starts with ("chief resident", "chief").
	const sources = entries
		.sort((a, b) => b.length - a.length)
		.map(entrySource)
		.filter((source) => source !== null);
	if (sources.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

// A group's list changes rarely and a release is masked for every screen: keep the last few
// matchers rather than build one per call.
const MAX_CACHED = 50;
const matchers = new Map<string, RegExp | null>();

function matcherFor(extra: readonly string[]): RegExp | null {
	const key = extra.join('\n');
	const cached = matchers.get(key);
	if (cached !== undefined) {
		matchers.delete(key);
		matchers.set(key, cached);
		return cached;
	}
	const built = buildMatcher(extra);
	matchers.set(key, built);
	if (matchers.size > MAX_CACHED) {
		const oldest = matchers.keys().next().value;
		if (oldest !== undefined) matchers.delete(oldest);
	}
	return built;
}

// --- Masking -------------------------------------------------------------------------------

export interface MaskResult {
	text: string;
	masked: number;
}

/** Replaces each whole-word match (case-insensitive, Unicode-aware, also matching simple plurals/suffixes like -s, -ing, -ed of a listed word) of the shipped list plus `extra` with "•••" (U+2022 x3), keeping surrounding punctuation and spacing; `masked` = how many were replaced. */
export function maskText(text: string, extra: readonly string[]): MaskResult {
	const matcher = matcherFor(extra);
	if (!matcher || text === '') return { text, masked: 0 };
	const folded = fold(text);
	let out = '';
	let kept = 0;
	let masked = 0;
	for (const match of folded.text.matchAll(matcher)) {
		const first = match.index;
		const after = first + match[0].length;
		const start = folded.from[first] ?? kept;
		// Through the end of the last code point matched, and any accents or invisible
		// characters that folded away right after it.
		const end = Math.max(folded.to[after - 1] ?? start, folded.from[after] ?? text.length);
		out += text.slice(kept, start) + MASK;
		kept = end;
		masked++;
	}
	if (masked === 0) return { text, masked: 0 };
	return { text: out + text.slice(kept), masked };
}

/** Whether a single word (word-cloud entry) should be masked. */
export function isFilteredWord(word: string, extra: readonly string[]): boolean {
	return maskText(word, extra).masked > 0;
}
