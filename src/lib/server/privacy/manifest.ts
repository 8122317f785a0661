// The privacy manifest: every column of every table Huddle keeps, what it holds, how long it
// is kept and who can see it. The /privacy page is rendered from this list, and a test
// (manifest.spec.ts) fails when a table or column exists without an entry here, or an entry
// without its column — so what the page says cannot drift from what the database holds.

export interface RetentionSettings {
	/** A live session with no activity ends by itself after this long. */
	idleMinutes: number;
	/** Coach login sessions: inactivity and absolute limits. */
	loginIdleDays: number;
	loginMaxDays: number;
	/** Written answers (texts and words) are kept this long after a session, unless a group says less. */
	textRetentionDays: number;
}

type Text = string | ((settings: RetentionSettings) => string);

export interface ColumnEntry {
	holds: string;
	/** When the table's own retention does not apply to this column. */
	kept?: Text;
	/** When the table's own visibility does not apply to this column. */
	seenBy?: Text;
}

export interface TableEntry {
	table: string;
	/** Whose data a row is: shown under "If you join a session" or "If you are a coach". */
	about: 'participants' | 'coaches';
	/** What one row is. */
	row: string;
	kept: Text;
	seenBy: Text;
	columns: Record<string, string | ColumnEntry>;
}

const writtenKept = (s: RetentionSettings) =>
	`Written answers (texts and words): ${s.textRetentionDays} days after the session unless the coach chose fewer for the group, then deleted (counts stay). Other answers: with the session, until the coach deletes the session or its group`;

const whileLive = (s: RetentionSettings) =>
	`While the session is live; deleted when it ends (by the coach, or by itself after ${s.idleMinutes} minutes without activity)`;

export const PRIVACY_MANIFEST: TableEntry[] = [
	{
		table: 'participant',
		about: 'participants',
		row: 'A phone that joined a live session',
		kept: (s) => `${whileLive(s)}, or as soon as the phone leaves`,
		seenBy: 'Nobody: the server only compares it with the token a phone presents',
		columns: {
			id: 'A random id for the row',
			live_session_id: 'Which live session the phone joined',
			token_hash:
				'A one-way hash (SHA-256) of the random token kept on the phone; never the token itself'
		}
	},
	{
		table: 'live_response',
		about: 'participants',
		row: 'An answer (or a pass) while the session is live',
		kept: (s) =>
			`${whileLive(s)}. At the end, the answers of questions whose results were shown move to the archive below, shuffled; all others are deleted`,
		seenBy:
			'Your own phone (to show you your answer after a reconnect). While a question is open, the coach sees only how many have responded',
		columns: {
			id: 'A random id for the row',
			round_id: 'Which question (and which time it was asked)',
			dedupe_key:
				'A keyed hash of the phone’s token and the question, different for every question, so one phone has one answer per question; useless without the session’s secret',
			passed: 'Whether it was a pass',
			answer: 'The answer'
		}
	},
	{
		table: 'response',
		about: 'participants',
		row: 'An answer to a question whose results were shown, after the session ended',
		kept: writtenKept,
		seenBy:
			'Nobody in Huddle sees these rows: every view shows the stored results below. Whoever runs the server could read them',
		columns: {
			id: 'A fresh random id, drawn at the end',
			round_id: 'Which question (and which time it was asked)',
			passed: 'Whether it was a pass',
			answer: 'The answer, with nothing that says whose, when, or in what order it came'
		}
	},
	{
		table: 'round_release',
		about: 'participants',
		row: 'The results of one question, worked out once when answering closed with enough answers',
		kept: writtenKept,
		seenBy: 'The coach; the room and every phone when the coach shows them',
		columns: {
			round_id: 'Which question (and which time it was asked)',
			answered: 'How many phones answered (passes not counted)',
			results: 'The results: counts, the median and spread, or the shuffled texts and words'
		}
	},
	{
		table: 'prompt_round',
		about: 'participants',
		row: 'One time a question was open for answers',
		kept: 'With the session, until the coach deletes the session or its group',
		seenBy: 'The coach',
		columns: {
			id: 'A random id for the row',
			live_session_id: 'Which live session',
			session_prompt_id: 'Which of the session’s questions',
			round_number: 'The first time this question was asked, the second, …',
			sequence: 'The order of the questions in the session',
			status: 'Open or closed',
			revealed: 'Whether the coach is showing its results to the room',
			answered_count: 'How many phones answered, counted once when answering closed',
			passed_count: 'How many phones passed, counted once when answering closed',
			needs_attention: {
				holds:
					'Whether a written answer showed signs of crisis, checked once when answering closed with enough answers to show results: never which answer, whose, or when it came',
				seenBy: 'The coach alone (as “an answer may need attention”); never the room or the display'
			},
			hidden_texts: {
				holds:
					'Which written answers the coach keeps off the room’s screens (by their place in the results)',
				seenBy: 'The coach'
			},
			hidden_words: {
				holds: 'Which words the coach keeps off the room’s screens (copies of released words)',
				kept: writtenKept,
				seenBy: 'The coach'
			}
		}
	},
	{
		table: 'live_session',
		about: 'participants',
		row: 'One meeting of a group',
		kept: 'Until the coach deletes it or its group',
		seenBy: 'The coach',
		columns: {
			id: 'A random id for the session',
			group_id: 'Which group it belongs to',
			title: 'Its title',
			k: 'How many answers are needed before results are shown',
			status: 'Draft, live or ended',
			join_code: {
				holds: 'The code phones join with',
				kept: whileLive,
				seenBy: 'Everyone in the room'
			},
			secret_ciphertext: {
				holds:
					'The session’s secret for the keyed hashes above, stored only encrypted with a key that is not in the database',
				kept: (s) => `${whileLive(s)} — destroyed, so the hashes can never be recomputed`,
				seenBy: 'Nobody'
			},
			current_round_id: 'Which question is open or shown now',
			locked: 'Whether the coach closed the room to new phones',
			card: {
				holds: 'Which card the coach put on every phone (support, or the closing card)',
				seenBy: 'The coach and every phone in the session'
			},
			closing_note: {
				holds: 'The closing card’s words, written by the coach',
				seenBy: 'The coach, and every phone and the display when shown'
			},
			joined_count: {
				holds: 'How many phones have joined',
				seenBy: 'The coach and every phone in the session'
			},
			created_at: 'When the coach created it',
			started_at: 'When it went live',
			ended_at: 'When it ended',
			ended_by: 'Whether the coach ended it or it ended by itself',
			last_activity_at: {
				holds:
					'When the session was last in use (for ending it by itself); never tied to an answer',
				seenBy: 'Nobody'
			},
			state_version: {
				holds: 'A counter of the coach’s changes (prompts added, asked, closed, shown)',
				seenBy: 'Every phone and console (to keep the newest screen)'
			},
			cleanup_pending: {
				holds: 'Whether the clean-up after the end is still to be done',
				seenBy: 'Nobody'
			},
			notes: {
				holds: 'The coach’s own facilitation notes, in their words (never answers)',
				seenBy: 'The coach alone'
			},
			texts_deleted_at: 'When the written answers were deleted after the retention time'
		}
	},
	{
		table: 'session_prompt',
		about: 'participants',
		row: 'The session’s own copy of a question it asks',
		kept: 'With the session',
		seenBy: 'The coach; the room sees a question when it is asked',
		columns: {
			id: 'A random id for the row',
			live_session_id: 'Which live session',
			position: 'Its place in the session’s list',
			prompt_id: 'Which prompt it was copied from',
			definition: 'The question, its kind and options',
			note: 'The plan step’s note for the coach',
			prompt_note: 'The prompt’s own note for the coach',
			prompt_guide:
				'The prompt’s guide for the coach: what to say before it, what to watch for, whether to reveal',
			guidance: {
				holds: 'The note shown under the question on the phone',
				seenBy: 'The coach; the room when the question is asked'
			}
		}
	},
	{
		table: 'socket_io_attachments',
		about: 'participants',
		row: 'Only when several Huddle servers share one database: a large message between them',
		kept: 'About 30 seconds',
		seenBy: 'Nobody but the servers; it holds what the room or the coach’s screen is sent anyway',
		columns: {
			id: 'A counter the messaging layer uses',
			created_at: 'When the message was sent',
			payload: 'The message'
		}
	},
	{
		table: 'coach',
		about: 'coaches',
		row: 'A coach’s account',
		kept: 'Until the account is deleted',
		seenBy: 'The coach',
		columns: {
			id: 'A random id for the account',
			email: 'The email address you log in with',
			display_name: 'The name you chose to show',
			password_hash: 'Your password, only as a slow one-way hash (argon2id)',
			created_at: 'When the account was made'
		}
	},
	{
		table: 'coach_session',
		about: 'coaches',
		row: 'A login on one browser',
		kept: (s) =>
			`Until you log out, ${s.loginIdleDays} days without use, or ${s.loginMaxDays} days after logging in`,
		seenBy: 'Nobody: the server only compares it with your login cookie',
		columns: {
			id: 'The login’s id (half of the cookie)',
			secret_hash: 'A one-way hash of the login’s secret (the other half of the cookie)',
			coach_id: 'Whose login it is',
			created_at: 'When you logged in',
			last_active_at: 'When the login was last used, updated at most once an hour'
		}
	},
	{
		table: 'group',
		about: 'coaches',
		row: 'A group that meets repeatedly',
		kept: 'Until the coach deletes it',
		seenBy: 'The coach',
		columns: {
			id: 'A random id for the group',
			coach_id: 'Whose group it is',
			name: 'Its name',
			description: 'Its description',
			text_retention_days:
				'How many days written answers are kept after a session (if fewer than the default)',
			crisis_resources: {
				holds:
					'The support lines the group’s phones are offered (name, number, hours, when the coach confirmed them); none means the deployment’s',
				seenBy: 'The coach; every phone sees the confirmed ones'
			},
			filter_words: 'Words the coach asked to be masked in what the room sees',
			created_at: 'When it was made'
		}
	},
	{
		table: 'prompt',
		about: 'coaches',
		row: 'A question in the library or one of a coach’s own',
		kept: 'Library prompts with the app; a coach’s own until they archive it',
		seenBy: 'The library: every coach. A coach’s own: that coach',
		columns: {
			id: 'A random id for the prompt',
			coach_id: 'Whose prompt it is (none for the library)',
			kind: 'Its kind',
			definition: 'The question, its options and labels',
			created_at: 'When it was made',
			slug: 'A library prompt’s name in the app’s source',
			theme: 'Its theme',
			note: 'A note for the facilitator: why ask it',
			guide: 'The facilitator’s guide: what to say before it, what to watch for, whether to reveal',
			guidance: 'A note shown under the question on the phone',
			retired: 'A library prompt no longer offered',
			archived: 'A coach’s prompt put away',
			measure:
				'Whether it is a measure, asked the same way each session so a group’s trend can follow it',
			measure_series: 'Which measure it is a version of (rewording a measure makes a new version)',
			measure_version: 'Which version of the measure it is',
			updated_at: 'When it last changed'
		}
	},
	{
		table: 'plan',
		about: 'coaches',
		row: 'A session plan: an ordered list of prompts',
		kept: 'Ready plans with the app; a coach’s own until they archive it',
		seenBy: 'Ready plans: every coach. A coach’s own: that coach',
		columns: {
			id: 'A random id for the plan',
			coach_id: 'Whose plan it is (none for ready plans)',
			slug: 'A ready plan’s name in the app’s source',
			title: 'Its title',
			description: 'Its description',
			closing_note: 'The closing card’s words (none: the plan has no closing card)',
			archived: 'A plan put away',
			created_at: 'When it was made',
			updated_at: 'When it last changed'
		}
	},
	{
		table: 'plan_step',
		about: 'coaches',
		row: 'One step of a plan',
		kept: 'With its plan',
		seenBy: 'Whoever sees the plan',
		columns: {
			id: 'A random id for the step',
			plan_id: 'Which plan',
			position: 'Its place in the plan',
			prompt_id: 'Which prompt',
			note: 'A note for the facilitator'
		}
	}
];

export interface RenderedColumn {
	name: string;
	holds: string;
	kept: string;
	seenBy: string;
}

export interface RenderedTable {
	table: string;
	about: TableEntry['about'];
	row: string;
	columns: RenderedColumn[];
}

/** The manifest with the deployment's own retention settings written in. */
export function renderManifest(settings: RetentionSettings): RenderedTable[] {
	const text = (t: Text) => (typeof t === 'function' ? t(settings) : t);
	return PRIVACY_MANIFEST.map((entry) => ({
		table: entry.table,
		about: entry.about,
		row: entry.row,
		columns: Object.entries(entry.columns).map(([name, column]) => {
			const c = typeof column === 'string' ? { holds: column } : column;
			return {
				name,
				holds: c.holds,
				kept: text(c.kept ?? entry.kept),
				seenBy: text(c.seenBy ?? entry.seenBy)
			};
		})
	}));
}
