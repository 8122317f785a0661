import { eq, sql } from 'drizzle-orm';
import { isUniqueViolation, type Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import {
	checkPasswordPolicy,
	hashPassword,
	verifyAgainstDummy,
	verifyPasswordHash
} from '$lib/server/auth/password';
import { FailureLimiter, describeWait } from '$lib/server/rate-limit';
import type { FieldErrors } from '$lib/schemas/form';

// Failed logins only: a coach typing the right password is never slowed down.
// Per account: 10 failures in 15 minutes. Per client address: 50 in 15 minutes, loose
// enough for a hospital network where many people share one address.
const accountFailures = new FailureLimiter(10, 15 * 60_000);
const addressFailures = new FailureLimiter(50, 15 * 60_000);

export type CoachProfile = { id: string; email: string; displayName: string };

export async function getCoachByEmail(db: Database, email: string) {
	const [row] = await db
		.select()
		.from(table.coach)
		.where(eq(sql`lower(${table.coach.email})`, email.toLowerCase()));
	return row ?? null;
}

export async function registerCoach(
	db: Database,
	input: { email: string; displayName: string; password: string }
): Promise<{ ok: true; coach: CoachProfile } | { ok: false; fields: FieldErrors }> {
	const weak = checkPasswordPolicy(input.password);
	if (weak) return { ok: false, fields: { password: weak } };
	if (await getCoachByEmail(db, input.email)) return { ok: false, fields: emailTaken() };
	const passwordHash = await hashPassword(input.password);
	try {
		const [coach] = await db
			.insert(table.coach)
			.values({ email: input.email.toLowerCase(), displayName: input.displayName, passwordHash })
			.returning({
				id: table.coach.id,
				email: table.coach.email,
				displayName: table.coach.displayName
			});
		return { ok: true, coach: coach! };
	} catch (err) {
		// Two sign-ups for one address at the same moment: the unique index decides.
		if (isUniqueViolation(err)) return { ok: false, fields: emailTaken() };
		throw err;
	}
}

export type LoginResult =
	| { ok: true; coach: CoachProfile }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate_limited'; message: string };

export async function authenticateCoach(
	db: Database,
	email: string,
	password: string,
	clientAddress: string
): Promise<LoginResult> {
	const accountKey = email.toLowerCase();
	const wait = Math.max(
		accountFailures.retryAfter(accountKey),
		addressFailures.retryAfter(clientAddress)
	);
	if (wait > 0) {
		return {
			ok: false,
			reason: 'rate_limited',
			message: `Too many attempts to log in. For your account's safety, please try again ${describeWait(wait)}.`
		};
	}
	const coach = await getCoachByEmail(db, email);
	const valid = coach
		? await verifyPasswordHash(coach.passwordHash, password)
		: await verifyAgainstDummy(password);
	if (!coach || !valid) {
		accountFailures.recordFailure(accountKey);
		addressFailures.recordFailure(clientAddress);
		return { ok: false, reason: 'invalid' };
	}
	accountFailures.reset(accountKey);
	return { ok: true, coach: { id: coach.id, email: coach.email, displayName: coach.displayName } };
}

/** Checks the current password of a signed-in coach (for changes that need it). */
export async function confirmCoachPassword(db: Database, coachId: string, password: string) {
	const [row] = await db
		.select({ passwordHash: table.coach.passwordHash })
		.from(table.coach)
		.where(eq(table.coach.id, coachId));
	return row ? verifyPasswordHash(row.passwordHash, password) : false;
}

/** Sets a new password without checking the old one (the operator command, or after confirming). */
export async function setCoachPassword(
	db: Database,
	coachId: string,
	password: string
): Promise<{ ok: true } | { ok: false; message: string }> {
	const weak = checkPasswordPolicy(password);
	if (weak) return { ok: false, message: weak };
	const passwordHash = await hashPassword(password);
	await db.update(table.coach).set({ passwordHash }).where(eq(table.coach.id, coachId));
	return { ok: true };
}

export async function changeCoachEmail(
	db: Database,
	coachId: string,
	email: string
): Promise<{ ok: true } | { ok: false; fields: FieldErrors }> {
	const existing = await getCoachByEmail(db, email);
	if (existing && existing.id !== coachId) return { ok: false, fields: emailTaken() };
	try {
		await db
			.update(table.coach)
			.set({ email: email.toLowerCase() })
			.where(eq(table.coach.id, coachId));
		return { ok: true };
	} catch (err) {
		if (isUniqueViolation(err)) return { ok: false, fields: emailTaken() };
		throw err;
	}
}

/** Deletes the coach and, through ON DELETE CASCADE, everything the coach owns. */
export async function deleteCoach(db: Database, coachId: string) {
	await db.delete(table.coach).where(eq(table.coach.id, coachId));
}

function emailTaken(): FieldErrors {
	return { email: 'An account with this email address already exists. Try logging in instead.' };
}
