import * as v from 'valibot';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const text = (name: string) => v.string(`Enter ${name}.`);

export const emailSchema = v.pipe(
	text('your email address'),
	v.trim(),
	v.nonEmpty('Enter your email address.'),
	v.maxLength(254, 'That email address is too long.'),
	v.email('Enter an email address like name@example.org.'),
	v.toLowerCase()
);

/** Any password to check against a stored hash (its strength was judged when it was set). */
export const currentPasswordSchema = v.pipe(
	text('your password'),
	v.nonEmpty('Enter your password.'),
	v.maxLength(1024, 'That password is too long.')
);

/** A new password: length only, no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = v.pipe(
	text('a password'),
	v.check((p) => [...p].length >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`),
	v.check((p) => [...p].length <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
);

export const displayNameSchema = v.pipe(
	text('your name'),
	v.trim(),
	v.nonEmpty('Enter the name your groups know you by.'),
	v.maxLength(80, 'Keep the name under 80 characters.')
);

export const signupSchema = v.object({
	email: emailSchema,
	displayName: displayNameSchema,
	password: newPasswordSchema
});

export const loginSchema = v.object({ email: emailSchema, password: currentPasswordSchema });

export const changePasswordSchema = v.object({
	currentPassword: currentPasswordSchema,
	newPassword: newPasswordSchema
});

export const changeEmailSchema = v.object({ email: emailSchema, password: currentPasswordSchema });

export const deleteAccountSchema = v.object({
	password: currentPasswordSchema,
	confirm: v.literal('delete', 'Type "delete" to confirm.')
});
