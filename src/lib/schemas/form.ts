import * as v from 'valibot';

// One way to turn untrusted input into typed values, shared by form actions and socket
// handlers: every field error is reported, unknown keys are stripped.

export type FieldErrors = Record<string, string>;
export type ParseResult<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

export function parseWith<S extends v.GenericSchema>(
	schema: S,
	input: unknown
): ParseResult<v.InferOutput<S>> {
	const result = v.safeParse(schema, input, { abortPipeEarly: true });
	if (result.success) return { ok: true, data: result.output };
	const fields: FieldErrors = {};
	for (const issue of result.issues) {
		const key = v.getDotPath(issue) ?? 'form';
		fields[key] ??= issue.message;
	}
	return { ok: false, fields };
}

/** Form fields as plain values; a file where text is expected fails the schema's type check. */
export function formValues(form: FormData): Record<string, FormDataEntryValue> {
	return Object.fromEntries(form);
}
