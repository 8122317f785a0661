import * as v from 'valibot';

export const groupSchema = v.object({
	name: v.pipe(
		v.string('Give the group a name.'),
		v.trim(),
		v.nonEmpty('Give the group a name.'),
		v.maxLength(100, 'Keep the name under 100 characters.')
	),
	description: v.optional(
		v.pipe(
			v.string('The description must be text.'),
			v.trim(),
			v.maxLength(500, 'Keep the description under 500 characters.')
		),
		''
	)
});

/** k choices: 3 or 4 for a small group, 5 by default; a deployment may raise the minimum. */
export function liveSessionSchema(minK: number) {
	return v.object({
		title: v.pipe(
			v.string('Give the session a title.'),
			v.trim(),
			v.nonEmpty('Give the session a title.'),
			v.maxLength(120, 'Keep the title under 120 characters.')
		),
		k: v.pipe(
			v.string('Choose how many answers are needed before results are shown.'),
			v.transform(Number),
			v.integer('Choose how many answers are needed before results are shown.'),
			v.minValue(minK, `This Huddle needs at least ${minK} answers before results are shown.`),
			v.maxValue(50, 'Choose 50 or fewer.')
		)
	});
}

export function kChoices(minK: number): number[] {
	return Array.from({ length: Math.max(0, 10 - minK + 1) }, (_, i) => minK + i);
}

export const joinCodeFormSchema = v.object({
	code: v.pipe(
		v.string('Enter the code your coach shows.'),
		v.maxLength(64, 'That code is too long.')
	)
});

// Payloads of the live console and the phones (Socket.IO), parsed before any domain call.
// Ids are checked as strings here; the domain treats an id that is not a UUID as not found.

/** One answer, or a pass. The answer itself is parsed against its prompt by the domain. */
export const answerSubmissionSchema = v.object({
	roundId: v.pipe(v.string(), v.uuid('Unknown prompt.')),
	/** Random per answer, generated on the device; echoed in the acknowledgement. */
	idempotencyKey: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	pass: v.optional(v.boolean()),
	answer: v.optional(v.unknown())
});
export type AnswerSubmission = v.InferOutput<typeof answerSubmissionSchema>;

/** A prompt typed in the console (parsed by its kind), or a library / own prompt by id. */
export const addPromptSchema = v.union([
	v.object({ definition: v.unknown() }),
	v.object({ promptId: v.pipe(v.string(), v.maxLength(64)) })
]);

const id = v.pipe(v.string(), v.maxLength(64));
export const sessionPromptRefSchema = v.object({ sessionPromptId: id });
export const movePromptSchema = v.object({
	sessionPromptId: id,
	direction: v.picklist(['up', 'down'])
});
export const roundRefSchema = v.object({ roundId: id });
export const revealSchema = v.object({ roundId: id, revealed: v.boolean() });
export const hideSchema = v.union([
	v.object({
		roundId: id,
		hidden: v.boolean(),
		text: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))
	}),
	v.object({ roundId: id, hidden: v.boolean(), word: v.pipe(v.string(), v.maxLength(64)) })
]);
export const lockSchema = v.object({ locked: v.boolean() });
export const cardSchema = v.object({ card: v.nullable(v.picklist(['support', 'closing'])) });
export const closingNoteSchema = v.object({
	closingNote: v.pipe(v.string(), v.maxLength(2000, 'Keep the closing card shorter.'))
});
export const endSchema = v.object({ confirm: v.literal(true, 'Confirm ending the session.') });
/** A command without a payload: whatever is sent is ignored. */
export const emptySchema = v.pipe(
	v.unknown(),
	v.transform(() => null)
);
