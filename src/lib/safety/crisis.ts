// Signs of crisis in what participants write: the net behind "an answer may need attention".
// Shared by the server and the phone (no node imports). SAFETY.md says what is in the list,
// which idioms were weighed, and what this cannot do.
//
// How it reads an answer. The text becomes a stream of tokens: Unicode compatibility forms
// and accents folded away (NFKD, combining marks and invisible format characters dropped),
// lower case, apostrophes removed so "can't", "can’t" and "cant" are one token, and every run
// of anything but letters and digits a word boundary, so "self-harm", "self  harm" and a line
// break between them read alike, while "diet" is never "die". Each token also carries the
// variants a person might type to get past a filter: look-alike letters from another script,
// digits and symbols for letters ("k1ll", "$uicide"), and letters held down ("dieeee").
//
// What it looks for. Patterns are short token sequences, written below in a small notation
// and compiled once when the module loads. A pattern is tried only where a word it can
// start with occurs, and only if the answer holds one of the words it cannot match without,
// so the work per answer stays small.
//
// The trade-off. Missing someone asking for help costs far more than privately offering
// resources to someone who did not need them, so first-person words about dying, killing or
// harming oneself are flagged even when they might be hyperbole ("I'll kill myself if I have
// to do another audit"), and "suicide" is flagged wherever it stands, about a patient too.
// But the everyday language of overwork ("this shift killed me", "dead on my feet", "it's
// killing me") is not: in a room of tired clinicians it would flood the coach with notices
// until the notice meant nothing.
//
// Notation of a pattern:
//   word          one token (written as it reads after normalization: "cant", not "can't")
//   a b c         tokens in a row; a run of two or more plain words also matches the same
//                 words written as one token ("self harm" also matches "selfharm")
//   (a|b c)       alternatives, each a sequence
//   x?            optional (a word or a group)
//   *2            up to 2 tokens of anything, within one clause
//   !(a|b c)      not followed, in the same clause, by any of these ("shoot myself" but not
//                 "shoot myself in the foot")
//   <!(a|b|#)     not preceded, in the same clause, by any of these single words; # stands
//                 for a number ("kms", but not "40 kms")
//   @name         a macro of the language's list, pasted in before parsing

type Language = 'en';

interface PhraseList {
	/** Shorthand used in the patterns: each a group, "(a|b c)". */
	macros: Record<string, string>;
	/** Flag an open-text answer, and a words answer too. */
	text: readonly string[];
	/**
	 * Flag only a words answer: words that say much on their own in a word cloud ("hopeless",
	 * "die") but are too common in a long text to mean much there.
	 */
	word: readonly string[];
}

// The English list. Every language present is applied to every answer, whatever the UI
// language, since people write in the language they think in.
const EN: PhraseList = {
	macros: {
		im: '(im|i am|iam|i m)',
		cant: '(cant|can not|cannot|couldnt|could not|unable to)',
		dont: '(dont|do not|didnt|did not)',
		dontwant:
			'(@dont (really|even|honestly)? (want|wanna|wish|feel like)|have no (desire|wish|will))',
		// A wish to, or a need to, followed by a verb.
		wantto:
			'(want to|wanna|wana|want 2|wanted to|wanting to|wish to|wished to|like to|need to|needed to|ready to|long to|longing to)',
		// An intention to, followed by a verb.
		planto:
			'(going to|gonna|gunna|plan to|planning to|planned to|about to|trying to|tried to|try to|attempt to|attempted to|will|ill)',
		// Thinking about, followed by a noun or an -ing form.
		thinkof:
			'(thinking about|thinking of|thought about|thought of|think about|think of|thoughts of|thoughts about|dream about|dream of|dreaming about|dreaming of|fantasize about|fantasise about|fantasizing about|fantasising about|considering|considered|contemplating|contemplated|obsessing about|obsessing over)',
		myself: '(myself|my self|meself|myslef|mysef|my own self)',
		negation: '(dont|not|never|didnt|wouldnt|doesnt|nt)',
		// What turns "die" or "dead" into an idiom when it follows, or into a patient's wish.
		idiom:
			'(laughing|laughin|of embarrassment|of shame|of boredom|of laughter|of cringe|from embarrassment|from shame|on my feet|on your feet|tired|beat|asleep|to the world|serious|seriously|set|right|wrong|certain|sure|meat|last|on arrival|centre|center|end|ahead|straight|inside|than|then|with dignity|at home|in hospital|in their sleep|in his sleep|in her sleep)',
		// What turns "killing myself" into the idiom of overwork when it follows.
		effort:
			'(laughing|laughin|with laughter|trying|working|studying|doing|getting|running|keeping|cramming|rushing|juggling|chasing|covering|making|writing|finishing|training|revising|to get|to keep|to finish|to meet|to hit|to please|to prove|to impress|for (this|the|my|our|these|those|them|a|an|nothing|work|him|her|everyone|patients|money)|at work|at the gym|in the gym|over (this|the|that|these|those|my|work)|on (nights|call|the wards|shift)|with (work|shifts|extra shifts|overtime))',
		// "I can't go on leave", "can't go on call tonight", "can't go on at this pace".
		goon: '((a|an|the|my|our|this|that|any|annual|maternity|paternity|parental|sick|study|unpaid|another|more|extra|night|long|short)? (leave|holiday|holidays|vacation|vacations|break|breaks|trip|trips|call|calls|strike|rounds|round|shift|shifts|nights|rota|course|courses|date|dates|tour|placement|rotation|ward|wards|record|air|tv|line|duty|duties|site|stage|board|training|retreat|sabbatical|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekends|days|mondays|night shift|night shifts)|about|at)',
		// "...if I was gone", "...when I'm dead": what follows "better off if", "notice if".
		ifgone:
			'(i|im|id) (was|were|am|had|have|ve|d|just|got)? (never)? (been)? (just|simply)? (dead|gone|not here|not around|no longer here|no longer around|born|disappeared|disappear|died|die|wasnt here|werent here|wasnt around|werent around|didnt exist|did not exist|never existed|stopped existing|stop existing|killed myself|kill myself|ended it|end it|ended my life|end my life|not alive|out of the picture|vanished|never woke up|didnt wake up|did not wake up|dont wake up)',
		pills:
			'(pills|tablets|meds|medication|medications|insulin|sleeping pills|opioids|opiates|paracetamol|tylenol)'
	},
	text: [
		// Suicide named, whoever it is about. A clinician writing about a patient's suicide, or
		// that asking for help would be "career suicide", is offered resources too: the offer is
		// private and costs them a glance.
		'(suicide|suicides|suicidal|suicidality|suicidally|suicided|parasuicide|sucide|suicde|suiside|suicidial|suisidal|sucidal)',
		'(sewer slide|sewer slides|sewer slid|unalive|unalived|unaliving|unalives|un alive|un alived|un aliving)',
		'<!(#) (kms|killmyself)',

		// Killing oneself. The past tense alone ("I killed myself to get the rota done") is
		// almost always the idiom of overwork; with "nearly" or "almost" it is not.
		'(kill|kil) @myself !(laughing|laughin|with laughter)',
		'(killing|killin|kiling) @myself !@effort',
		'(nearly|almost|practically|basically|could have|couldve|might have|mightve) killed @myself !@effort',
		'(to|gonna|wanna|will|ill|might|could|should) off @myself',
		'offing @myself',
		'(end|ending|ended) @myself',
		'(hang|hanging|hanged) @myself !(out to dry|up to dry|out)',
		'(shoot|shooting|shot) @myself !(in the (foot|feet|leg))',
		'(drown|drowning) @myself !(in (work|my work|the work|paperwork|admin|emails|email|notes|charting|coffee|wine|alcohol|booze|study|studying|books|tasks|chores))',

		// Ending one's life.
		'(end|ending|ended|take|taking|took|terminate|terminating) my own? life !(back|into|in|seriously|more seriously|for granted|savings|story|apart|insurance|coach)',
		'(end|ending|ended) (it|things|everything) all',
		'(end|ending) everything !(with|at|in|on|for|about)',
		'(@wantto|@planto) (end|finish) (it|it all|things|everything) !(with|between|here|there|early|for the day|on a high|on a good note)',
		'(give|gave|giving|given) up on (life|living)',
		'(want|wanted|wanting|need|needed|wish|wishing) (it all|everything|all of it|all of this|all this) (to|would)? (end|stop|be over)',

		// Wanting to die, or not to be alive. "I don't want to die" says the opposite.
		'<!@negation @wantto (just|simply|really|honestly|literally|actually|finally)? (die|be dead|not exist|not be alive|not be here anymore|not be here any more|not be around anymore|stop existing|cease to exist|cease existing|not wake up|never wake up|disappear forever|vanish forever|go to sleep and not wake up|go to sleep and never wake up|fall asleep and never wake up|sleep and never wake up|end it all|end my life|be gone forever) !@idiom',
		'@thinkof (dying|my death|my own death|not being here|not being alive|not existing|not waking up|ending it|ending it all|ending things|ending my life|taking my life|taking my own life|disappearing forever|overdosing|taking an overdose) !@idiom',
		'@thinkof death !(certificate|certificates|certification|rate|rates|review|reviews|audit|audits|notification|notifications|cafe|cafes|and dying|of|in)',
		'wish (i|id) (was|were|could be|would be|d be|had been)? (dead|gone forever|never born|not alive|not here anymore) !@idiom',
		'wish (i|id) (could|would)? (just)? (die|disappear forever|not wake up|never wake up|stop existing|cease to exist|not exist) !@idiom',
		'wish (i|id) (had)? never (been born|existed|woken up|woke up|wake up)',
		'wish (i|id) (didnt|did not|dont|do not|wouldnt|would not|wont|will not) (exist|wake up)',
		'wish (i|id) (wasnt|werent|was not|were not) (alive|born|here anymore|here any more|around anymore|around any more)',
		'(hope|hoping|pray|praying|wish|wishing) that? i (die|dont wake up|do not wake up|never wake up|wont wake up|will not wake up|dont survive|do not survive|get hit by|got hit by|get killed|die in my sleep|just die)',
		'<!@negation (rather|sooner) (die|be dead|not exist|not be alive|not wake up|not be here) !@idiom',
		'(better|easier|best) off? dead !@idiom',
		'i (should|ought to|need to|might as well|may as well|deserve to) just? (die|be dead) !@idiom',
		'@im (so|just|really)? (ready|prepared) to die',
		'(dont|do not|wouldnt|would not) (mind|care) (if i (died|die|was dead|were dead|didnt wake up|did not wake up|never woke up)|dying|being dead|not waking up)',
		'@dontwant to? wake up !(early|at|before|for|to|when|so|on|every)',
		'@dontwant to? live !(in|near|at|on|with|there|here|alone|close|next|by|abroad|far|somewhere|anywhere|together|nearby|locally|like that|off)',
		'@dontwant to? (exist|be alive|keep living|go on living|carry on living|stay alive|be here anymore|be here any more|be around anymore|be around any more|survive|see tomorrow|see another day|wake up tomorrow)',
		'@dontwant to? (go on|carry on) !@goon',
		'@dontwant to? (keep going|keep on going) (anymore|any more|any longer|with life|living)',
		'(death wish|longing for death|long for death|wishing for death|wish for death)',
		'death (would be|would feel like|is|seems|sounds|feels|will be) like? (a|an|the)? (relief|release|welcome relief|mercy|blessing|escape|way out|better option|easier|better|peaceful|preferable)',

		// Can't go on. "I can't do this anymore" and "I can't keep doing this" are not here: in
		// a burnout group they are most often about the work, and would ring all day.
		'@cant (go on|carry on) !@goon',
		'@cant (go on|carry on|keep) (living|on living|with life)',
		'@cant (live with myself|live like this|live this way|live anymore|live any more|face another day|face tomorrow|face living|bear living|bear to live|stand being alive|stand living)',
		'@cant see (a|any)? (future|way out|way forward|reason to live|reason to go on|point in living|point of living|point in going on|light at the end|end to this|other way out) !(in (medicine|this|the|my)|for (the|this|my) (job|department|team|career|service|hospital|practice))',
		'@cant see (the|any)? point (anymore|any more|any longer|in anything|in living|of living|in life|of life|of anything|in going on|of going on|in being alive|of being alive)',
		'(no|theres no|there is no|i see no|see no) way out !(of (this|the|my|that) (contract|job|rota|meeting|building|car park|parking|garage|room|deal|agreement|training|programme|program|scheme))',
		'(in|into|at) (a|such a)? (really|very|pretty|so)? dark (place|space)',

		// No reason to live.
		'(whats|what is|wheres|where is) the point (of|in) (living|life|being alive|going on|carrying on|existing|waking up)',
		'(no|not any|not a single|without|without any|without a|lost|lost the|lost my|lost all|losing|losing the|losing my|lose|lose the|lose my|no longer have a|no longer have the|dont have a|dont have any|do not have a|have no) (reason|reasons|point|will|desire|purpose|wish) left? (to|in|for|of)? (keep|keep on|go on|carry on|continue|stay|be)? (live|living|going on|being alive|staying alive|alive|existing|exist|life) !(near|here|there|close to|on site|nearby|locally|in (london|the city|this city|town|this town|a city|the countryside|the suburbs))',
		'(nothing|no one|noone|nobody|no body|not much) left? to live for',
		'(not|isnt|is not|aint|no longer|never|hardly|barely|wasnt|was not|nt) really? worth living',
		'(my life|life|living|existence|my existence|being alive) (is|feels|seems|has become|became|has been)? (so|just|completely|totally|utterly|really|kind of|kinda)? (pointless|meaningless|unbearable|hopeless|not worth it|worthless|unlivable|unliveable|too much to bear|not worth living)',
		'(tired|sick|weary) of (living|being alive|life|existing|breathing|waking up|this life)',
		'(done|finished|over) with (life|living|being alive|existing)',
		'(@im|i feel|i felt|feeling|i feel so) (so|completely|totally|utterly|just|really)? (hopeless|worthless) !(at|when|with (names|computers|technology|directions|money|maths|math))',

		// Better off without me; no one would miss me; a burden.
		'better off? *3 without me',
		'better off? with me (gone|dead|out of the picture|out of the way|not around)',
		'(better|easier|best) off? (for everyone)? (if|when|once) @ifgone',
		'(notice|care|matter|know|mind|be sad|grieve|mourn|cry) (if|when|once) @ifgone',
		'(no one|noone|nobody|no body|not a soul) *3 miss me',
		'(wouldnt|would not|wont|will not) (even|really|ever)? miss me',
		'(@im|i feel|i feel like|feel like|i have become|ive become|i became|being) (just|such|only|nothing but|nothing more than|really|a total|a huge|so much of)? (a|an|such a)? burden !(of)',
		'burden (to|on|for) (everyone|everybody|my family|my kids|my children|my wife|my husband|my partner|my parents|others|them|the people i love|my loved ones|those i love|all of them)',

		// Harming oneself. Accidents ("I cut myself on a scalpel") are told in the past tense,
		// so the past counts only with "again" or "on purpose"; the present and a wish count.
		'(self harm|self harms|self harming|self harmed|self harmer|self harmers|self injury|self injuries|self injure|self injuring|self injured|self injurious|self mutilation|self mutilate|self mutilating|self mutilated|self poisoning|self poisoned|self delete|self deleting|self deletion|self deleted)',
		'(harm|harming) @myself',
		'(hurting|injuring) @myself !(at the gym|in the gym|at work|playing|running|lifting|training|exercising)',
		'(cutting|burning) @myself !(off|out|some slack|slack|a break|short|free|loose)',
		'(@wantto|@planto) (hurt|harm|cut|burn|injure|punish|hit) @myself',
		'(urge|urges|urged|tempted|temptation|impulse|impulses) to (hurt|harm|cut|burn|injure|kill) @myself',
		'(hurt|harmed|cut|burned|burnt|injured) @myself (again|on purpose|deliberately|intentionally|purposely|purposefully)',
		'(slit|slitting|slash|slashing|cut|cutting|open|opening|opened|slice|slicing) (my|open my)? (wrist|wrists|veins|throat)',

		// Ways of dying, in the first person.
		'(jump|jumping|jumped|throw myself|throwing myself|threw myself|leap|leaping) (off|from|out of) (a|the|that|this|my)? (bridge|roof|building|cliff|balcony|window|tower|car park|parking garage|parking structure|overpass|top floor|ledge|multistorey|multi storey|rooftop|high rise)',
		'(jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|threw myself|walk|walking|lie down|lying down) in front of (a|the|an|that)? (train|bus|truck|lorry|car|tube|traffic|tram|oncoming)',
		'(drive|driving|steer|steering|swerve|swerving) (my car|the car|myself)? (into|off|in front of) (a|the|an)? (wall|tree|bridge|cliff|oncoming traffic|truck|lorry|river|lake|barrier|pillar)',
		'@wantto crash (my|the) car',
		'(put|putting|stick|sticking|place) (a|the|my)? (gun|pistol|barrel|revolver) (to|in|into|against) my (head|mouth|temple)',
		'(bullet|bullets) (in|into|through) my (head|brain|skull|mouth)',
		'(tie|tying|tied|make|making|made|buy|bought|get|got) (a|the|my)? noose',
		'@wantto (overdose|od|take an overdose)',
		'i (took|have taken|ve taken|had taken|almost took|nearly took) an overdose',
		// "I need to take all my pills every morning" is not this; all of them at once is.
		'(take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (all|all of) (my|the)? @pills (at once|in one go|together|at the same time)',
		'(take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (a|the|a whole|the whole) (bottle|box|pack|packet) of (my|the)? @pills',
		'(swallow|swallowing|swallowed|down|downing|downed) (all|all of|the rest of|every one of) (my|the)? @pills',
		'(stockpile|stockpiling|stockpiled|hoard|hoarding|hoarded|saving up|saved up|collecting) (my|the|some|enough)? @pills',
		'inject @myself with (potassium|propofol|air|fentanyl|morphine|an overdose|something lethal|enough)'
	],
	word: [
		// A word cloud answer has no sentence around it to say "of laughter" or "to see my kids".
		// "dead", "dying" and "death" stay out: "dead" is how a tired week is described, and
		// clinicians write "death" about the deaths they see.
		'<!@negation die !@idiom',
		'(hopeless|hopelessness|worthless|worthlessness)',
		'(kill|end) me',
		'end it',
		'no (hope|way out)',
		'noose'
	]
};

const PHRASES: Record<Language, PhraseList> = { en: EN };

// --- Normalization -------------------------------------------------------------------------

const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032\uff07]/gu;
const MARKS_AND_INVISIBLES = /[\p{M}\p{Cf}]/gu;
// Latin letters that NFKD leaves whole.
const LATIN_EXTRAS: Record<string, string> = {
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ı: 'i',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};
const LATIN_EXTRA_CHARS = new RegExp(`[${Object.keys(LATIN_EXTRAS).join('')}]`, 'gu');

function foldCharacters(text: string): string {
	return text
		.replace(APOSTROPHES, '')
		.normalize('NFKD')
		.replace(MARKS_AND_INVISIBLES, '')
		.toLowerCase()
		.replace(LATIN_EXTRA_CHARS, (c) => LATIN_EXTRAS[c] ?? c);
}

// Cyrillic and Greek letters that look like Latin ones ("ѕuicidе" with two Cyrillic letters).
// Added as a variant, never in place of the token, so a future Russian list still sees Russian.
const LOOKALIKES: Record<string, string> = {
	а: 'a',
	е: 'e',
	о: 'o',
	р: 'p',
	с: 'c',
	у: 'y',
	х: 'x',
	і: 'i',
	ј: 'j',
	ѕ: 's',
	к: 'k',
	м: 'm',
	ԁ: 'd',
	һ: 'h',
	ο: 'o',
	α: 'a',
	ε: 'e',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x'
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'u');
const LOOKALIKE_CHARS_ALL = new RegExp(LOOKALIKE_CHARS.source, 'gu');

const LEET: Record<string, string> = {
	'0': 'o',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'@': 'a',
	$: 's',
	'!': 'i'
};
const LEET_CHARS = /[013457@$!]/;
const LEET_CHARS_ALL = /[013457@$!]/g;
const LETTER = /\p{L}/u;

/** The spellings a token might stand for: as written, and with look-alikes and digits read as letters. */
function variantsOf(chunk: string): string[] {
	const variants = [chunk];
	if (LOOKALIKE_CHARS.test(chunk)) {
		variants.push(chunk.replace(LOOKALIKE_CHARS_ALL, (c) => LOOKALIKES[c] ?? c));
	}
	for (const variant of [...variants]) {
		if (!LETTER.test(variant) || !LEET_CHARS.test(variant)) continue;
		// "1" is as often an l ("se1f") as an i ("k1ll"): both readings are kept.
		for (const one of ['i', 'l']) {
			variants.push(variant.replace(LEET_CHARS_ALL, (c) => (c === '1' ? one : (LEET[c] ?? c))));
		}
	}
	return [...new Set(variants)];
}

/** The word with each run of one letter written once ("kill" reads "kil", "dieeee" "die"). */
function squeeze(word: string): string {
	let out = '';
	let last = '';
	for (const c of word) {
		if (c !== last) out += c;
		last = c;
	}
	return out;
}

// Letters held down ("dieeee", "killlll"): a run of three is never English spelling.
const ELONGATED = /(.)\1\1/u;

interface Token {
	forms: string[];
	/** The forms squeezed: what the index of patterns is looked up by. */
	keys: string[];
	/** A form has a letter held down, so it may be compared squeezed. */
	elongated: boolean;
	number: boolean;
	/** A clause ends after this token (a full stop, comma, line break...). */
	breakAfter: boolean;
}

// Symbols that stand for letters belong to the word; "!" only inside it ("d!e", not "die!").
const WORD_CHUNK = /[\p{L}\p{N}$@!]+/gu;
const CLAUSE_BREAK = /[.,;:?!\n\r\u2014\u2026()[\]{}]/u;
const NUMBER = /^\p{N}+$/u;

function makeToken(forms: string[]): Token {
	const keys = forms.map(squeeze);
	return {
		forms,
		keys,
		elongated: keys.some((key, i) => key.length < forms[i]!.length && ELONGATED.test(forms[i]!)),
		number: false,
		breakAfter: false
	};
}

function tokenize(text: string): Token[] {
	const folded = foldCharacters(text);
	const tokens: Token[] = [];
	let end = 0;
	for (const match of folded.matchAll(WORD_CHUNK)) {
		const previous = tokens.at(-1);
		const start = match.index;
		if (previous && CLAUSE_BREAK.test(folded.slice(end, start))) previous.breakAfter = true;
		end = start + match[0].length;
		const leading = /^!+/.exec(match[0]);
		const trailing = /!+$/.exec(match[0]);
		const chunk = match[0].replace(/^!+|!+$/g, '');
		if (leading && previous) previous.breakAfter = true;
		if (chunk === '') continue;
		const token = makeToken(variantsOf(chunk));
		token.number = NUMBER.test(chunk);
		token.breakAfter = trailing !== null;
		tokens.push(token);
	}
	return tokens;
}

/** Two neighbouring tokens read as one ("sui cide", "my self"), or null across a clause break. */
function joinPair(first: Token, second: Token | undefined): Token | null {
	if (!second || first.breakAfter) return null;
	const forms: string[] = [];
	for (const a of first.forms) for (const b of second.forms) forms.push(a + b);
	return makeToken(forms);
}

// --- Patterns ------------------------------------------------------------------------------

interface Word {
	exact: string;
	squeezed: string;
}

type Item =
	| { kind: 'phrase'; words: Word[]; joined: Word | null; optional: boolean }
	| { kind: 'group'; options: Item[][]; optional: boolean }
	| { kind: 'gap'; max: number }
	| { kind: 'notFollowedBy'; options: Item[][] }
	| { kind: 'notPrecededBy'; words: Set<string>; number: boolean };

function toWord(text: string): Word {
	const exact = foldCharacters(text);
	if (!/^[\p{L}\p{N}]+$/u.test(exact)) throw new Error(`Not a single token: "${text}"`);
	return { exact, squeezed: squeeze(exact) };
}

function expandMacros(source: string, macros: Record<string, string>, depth = 0): string {
	if (depth > 5) throw new Error(`Macros nest too deeply in "${source}"`);
	const expanded = source.replace(/@(\w+)/g, (_, name: string) => {
		const body = macros[name];
		if (body === undefined) throw new Error(`Unknown macro @${name}`);
		return body;
	});
	return expanded.includes('@') ? expandMacros(expanded, macros, depth + 1) : expanded;
}

function parsePattern(source: string): Item[] {
	let at = 0;
	const fail = (why: string): never => {
		throw new Error(`${why} at ${at} in pattern "${source}"`);
	};
	const skipSpaces = () => {
		while (source[at] === ' ') at++;
	};
	const readWord = (): string => {
		const match = /^[^\s()|?!<*]+/u.exec(source.slice(at));
		if (!match) return fail('Expected a word');
		at += match[0].length;
		return match[0];
	};
	const readOptions = (): Item[][] => {
		const options: Item[][] = [];
		for (;;) {
			options.push(readSequence());
			if (source[at] === '|') at++;
			else if (source[at] === ')') {
				at++;
				return options;
			} else return fail('Expected | or )');
		}
	};
	const readSequence = (): Item[] => {
		const items: Item[] = [];
		for (;;) {
			skipSpaces();
			const c = source[at];
			if (c === undefined || c === '|' || c === ')') break;
			if (source.startsWith('<!(', at)) {
				at += 3;
				const words = new Set<string>();
				let number = false;
				for (const option of readOptions()) {
					const only = option[0];
					if (option.length !== 1 || only?.kind !== 'phrase' || only.words.length !== 1) {
						return fail('<!( takes single words');
					}
					const word = only.words[0]!.exact;
					if (word === '#') number = true;
					else words.add(word);
				}
				items.push({ kind: 'notPrecededBy', words, number });
				continue;
			}
			if (source.startsWith('!(', at)) {
				at += 2;
				items.push({ kind: 'notFollowedBy', options: readOptions() });
				continue;
			}
			if (c === '*') {
				const match = /^\*(\d)/.exec(source.slice(at));
				if (!match) return fail('Expected *N');
				at += 2;
				items.push({ kind: 'gap', max: Number(match[1]) });
				continue;
			}
			let item: Extract<Item, { optional: boolean }>;
			if (c === '(') {
				at++;
				item = { kind: 'group', options: readOptions(), optional: false };
			} else {
				const text = readWord();
				const word = text === '#' ? { exact: '#', squeezed: '#' } : toWord(text);
				item = { kind: 'phrase', words: [word], joined: null, optional: false };
			}
			if (source[at] === '?') {
				at++;
				item.optional = true;
			}
			items.push(item);
		}
		return joinPlainWords(items);
	};
	const items = readSequence();
	if (at !== source.length) fail('Unexpected )');
	if (items.every(isNullable)) fail('Matches nothing at all');
	return items;
}

/** Runs of required single words become one phrase, which may also be written as one token. */
function joinPlainWords(items: Item[]): Item[] {
	const out: Item[] = [];
	for (const item of items) {
		const last = out.at(-1);
		if (
			item.kind === 'phrase' &&
			!item.optional &&
			last?.kind === 'phrase' &&
			!last.optional &&
			item.words[0]!.exact !== '#'
		) {
			last.words.push(...item.words);
		} else {
			out.push(item.kind === 'phrase' ? { ...item, words: [...item.words] } : item);
		}
	}
	for (const item of out) {
		if (item.kind === 'phrase' && item.words.length > 1) {
			const exact = item.words.map((w) => w.exact).join('');
			item.joined = { exact, squeezed: squeeze(exact) };
		}
	}
	return out;
}

function isNullable(item: Item): boolean {
	switch (item.kind) {
		case 'phrase':
			return item.optional;
		case 'group':
			return item.optional || item.options.some((option) => option.every(isNullable));
		default:
			return true;
	}
}

/** The words (squeezed) a match of this sequence can start with: where to try it. */
function firstWords(items: readonly Item[], into: Set<string>, source: string): Set<string> {
	for (const item of items) {
		if (item.kind === 'gap') throw new Error(`A pattern cannot begin with a gap: "${source}"`);
		if (item.kind === 'phrase') {
			into.add(item.words[0]!.squeezed);
			if (item.joined) into.add(item.joined.squeezed);
		}
		if (item.kind === 'group') for (const option of item.options) firstWords(option, into, source);
		if (!isNullable(item)) break;
	}
	return into;
}

interface Pattern {
	id: number;
	source: string;
	items: Item[];
	/**
	 * Words (squeezed) of which an answer must hold at least one for the pattern to match, or
	 * null: lets most patterns be skipped for most answers without trying them.
	 */
	needs: ReadonlySet<string> | null;
}

/** The words one of which a match of this sequence must contain; the least common-looking set. */
function neededWords(items: readonly Item[]): Set<string> | null {
	let best: Set<string> | null = null;
	let bestScore = -1;
	for (const item of items) {
		if (isNullable(item)) continue;
		const needs = neededByItem(item);
		if (!needs) continue;
		// Longer words are rarer: "suicide" says more than "i".
		const score = Math.min(...[...needs].map((word) => word.length));
		if (score > bestScore || (score === bestScore && best && needs.size < best.size)) {
			best = needs;
			bestScore = score;
		}
	}
	return best;
}

function neededByItem(item: Item): Set<string> | null {
	if (item.kind === 'phrase') {
		const longest = item.words.reduce((a, b) => (b.squeezed.length > a.squeezed.length ? b : a));
		const needs = new Set([longest.squeezed]);
		if (item.joined) needs.add(item.joined.squeezed);
		return needs;
	}
	if (item.kind === 'group') {
		const needs = new Set<string>();
		for (const option of item.options) {
			const inner = neededWords(option);
			if (!inner) return null;
			for (const word of inner) needs.add(word);
		}
		return needs;
	}
	return null;
}

type PatternIndex = Map<string, Pattern[]>;

function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
	const index: PatternIndex = new Map();
	for (const pattern of patterns) {
		for (const word of firstWords(pattern.items, new Set(), pattern.source)) {
			const list = index.get(word);
			if (list) list.push(pattern);
			else index.set(word, [pattern]);
		}
	}
	return index;
}

let patternCount = 0;

function compile(sources: readonly string[], macros: Record<string, string>): Pattern[] {
	return sources.map((source) => {
		const items = parsePattern(expandMacros(source, macros));
		return { id: patternCount++, source, items, needs: neededWords(items) };
	});
}

const TEXT_PATTERNS: Pattern[] = [];
const WORD_PATTERNS: Pattern[] = [];
for (const list of Object.values(PHRASES)) {
	const text = compile(list.text, list.macros);
	TEXT_PATTERNS.push(...text);
	WORD_PATTERNS.push(...text, ...compile(list.word, list.macros));
}
const TEXT_INDEX = indexPatterns(TEXT_PATTERNS);
const WORD_INDEX = indexPatterns(WORD_PATTERNS);

// --- Matching ------------------------------------------------------------------------------

// A token read joined with its neighbour stands for a pattern word only if that word is long
// enough not to turn up by accident ("sui cide" is suicide; "i t" is not "it").
const MIN_JOINED_WORD = 4;

function isWord(token: Token, word: Word): boolean {
	return (
		token.forms.includes(word.exact) || (token.elongated && token.keys.includes(word.squeezed))
	);
}

/**
 * One answer, tokenized, and the matching over it. Each step of a pattern maps the positions
 * where it may begin to the positions where it may end; a pattern matches when some position
 * survives its last step.
 */
class Reading {
	readonly tokens: Token[];
	readonly pairs: (Token | null)[];

	constructor(text: string) {
		this.tokens = tokenize(text);
		this.pairs = this.tokens.map((token, i) => joinPair(token, this.tokens[i + 1]));
	}

	/** Whether a clause break (or the start) comes right before token `pos`. */
	breakBefore(pos: number): boolean {
		const previous = this.tokens[pos - 1];
		return previous === undefined || previous.breakAfter;
	}

	matches(items: readonly Item[], pos: number): boolean {
		return this.sequence(items, [pos]).length > 0;
	}

	sequence(items: readonly Item[], starts: number[]): number[] {
		let positions = starts;
		for (const item of items) {
			const next: number[] = [];
			for (const pos of positions) this.item(item, pos, next);
			if (next.length === 0) return next;
			positions = next.length > 1 ? [...new Set(next)] : next;
		}
		return positions;
	}

	item(item: Item, pos: number, ends: number[]): void {
		switch (item.kind) {
			case 'phrase': {
				if (item.optional) ends.push(pos);
				if (item.joined) this.word(item.joined, pos, ends);
				let positions = [pos];
				for (const word of item.words) {
					const next: number[] = [];
					for (const p of positions) this.word(word, p, next);
					positions = next;
					if (positions.length === 0) return;
				}
				ends.push(...positions);
				return;
			}
			case 'group':
				if (item.optional) ends.push(pos);
				for (const option of item.options) ends.push(...this.sequence(option, [pos]));
				return;
			case 'gap':
				ends.push(pos);
				// What is skipped, and the tokens either side of it, stay within one clause.
				for (let skip = 1; skip <= item.max; skip++) {
					const skipped = pos + skip - 1;
					const token = this.tokens[skipped];
					if (!token || this.breakBefore(skipped) || token.breakAfter) return;
					ends.push(pos + skip);
				}
				return;
			case 'notFollowedBy':
				if (
					pos < this.tokens.length &&
					!this.breakBefore(pos) &&
					item.options.some((option) => this.matches(option, pos))
				) {
					return;
				}
				ends.push(pos);
				return;
			case 'notPrecededBy': {
				const previous = this.tokens[pos - 1];
				if (previous && !previous.breakAfter) {
					if (item.number && previous.number) return;
					if (previous.forms.some((form) => item.words.has(form))) return;
				}
				ends.push(pos);
				return;
			}
		}
	}

	/** The positions after `word` read at `pos`: one token, or two read as one. */
	word(word: Word, pos: number, ends: number[]): void {
		const token = this.tokens[pos];
		if (!token) return;
		if (isWord(token, word)) ends.push(pos + 1);
		const pair = this.pairs[pos];
		if (pair && word.exact.length >= MIN_JOINED_WORD && isWord(pair, word)) ends.push(pos + 2);
	}
}

const ACTIVE = 1;
const INACTIVE = 2;

function anyPatternMatches(index: PatternIndex, text: string): boolean {
	const reading = new Reading(text);
	const keys: string[][] = [];
	const present = new Set<string>();
	for (let pos = 0; pos < reading.tokens.length; pos++) {
		const here: string[] = [];
		for (const token of [reading.tokens[pos], reading.pairs[pos]]) {
			if (token) here.push(...token.keys);
		}
		for (const key of here) present.add(key);
		keys.push(here);
	}
	// Per pattern: whether this answer holds one of the words it needs (0 until asked).
	const state = new Uint8Array(patternCount);
	const tried = new Int32Array(patternCount).fill(-1);
	for (let pos = 0; pos < reading.tokens.length; pos++) {
		for (const key of keys[pos] ?? []) {
			for (const pattern of index.get(key) ?? []) {
				if (tried[pattern.id] === pos) continue;
				tried[pattern.id] = pos;
				if (state[pattern.id] === 0) {
					const needs = pattern.needs;
					state[pattern.id] =
						!needs || [...needs].some((word) => present.has(word)) ? ACTIVE : INACTIVE;
				}
				if (state[pattern.id] === ACTIVE && reading.matches(pattern.items, pos)) return true;
			}
		}
	}
	return false;
}

/** Whether an open-text answer shows signs of crisis (self-harm, suicide, "can't go on"...). */
export function textNeedsAttention(text: string): boolean {
	return anyPatternMatches(TEXT_INDEX, text);
}

/**
 * Whether one entry of a "few words" answer (a word cloud entry, which may hold spaces) shows
 * signs of crisis: the text patterns, and the words that say much on their own ("hopeless",
 * "die", "kill me").
 */
export function wordNeedsAttention(word: string): boolean {
	return anyPatternMatches(WORD_INDEX, word);
}

/** For a whole words answer (1–3 words): true if any word, or the words read together, match. */
export function wordsNeedAttention(words: readonly string[]): boolean {
	return (
		words.some(wordNeedsAttention) || (words.length > 1 && wordNeedsAttention(words.join(' ')))
	);
}
