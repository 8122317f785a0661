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
