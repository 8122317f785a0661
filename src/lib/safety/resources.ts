// Crisis resources: who a participant can reach, right now, outside the session.
// Shared by the server and the phone (no node imports). A resource is shown as a number or a
// link only once a person confirmed it (`confirmedOn`): a wrong number is a safety failure, so
// until then the support panel points to local emergency services.

export interface CrisisResource {
	/** Stable within a list (a preset's id, or one made when a coach adds their own). */
	id: string;
	/** "988 Suicide & Crisis Lifeline". */
	name: string;
	/** What it is for, in a line: "Confidential peer support for physicians, by physicians". */
	purpose: string;
	/** A number to call, as it should be dialled ("988", "+44 116 123"). */
	phone?: string;
	/** How to reach it by text message ("Text SHOUT to 85258"). */
	text?: string;
	/** A web address (https). */
	web?: string;
	/** When it answers ("24 hours, every day", "Mon–Fri 8am–1am ET"). */
	hours: string;
	/** The date (YYYY-MM-DD) a person checked these details; null until someone has. */
	confirmedOn: string | null;
}

export const MAX_CRISIS_RESOURCES = 8;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The date in the time zone furthest ahead (UTC+14): a confirmation written today anywhere on
// Earth is never "in the future", while tomorrow everywhere always is.
const LATEST_OFFSET_MS = 14 * 3600_000;

/** True for a real calendar date written YYYY-MM-DD ("2025-02-30" is not one). */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** True for a real calendar date that is today or earlier, wherever on Earth today is. */
export function isConfirmationDate(value: unknown, now: Date = new Date()): value is string {
	return (
		isCalendarDate(value) &&
		value <= new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10)
	);
}

/** Today as YYYY-MM-DD (UTC), the date a confirmation made now is stored with. */
export function getToday(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/**
 * The resources a phone may show: only those a person confirmed. Everything else stays off the
 * phone, and the panel points to local emergency services instead.
 */
export function shownResources(
	list: readonly CrisisResource[] | null | undefined,
	now: Date = new Date()
): CrisisResource[] {
	return (list ?? []).filter((resource) => isConfirmationDate(resource.confirmedOn, now));
}

/** A `tel:` link for a number as written ("1-888-409-0141" → "tel:18884090141"); null if none. */
export function telHref(phone: string | undefined): string | null {
	if (!phone) return null;
	const digits = phone.replace(/[^\d]/g, '');
	if (digits.length < 3) return null;
	return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

const TEXT_INSTRUCTION =
	/^(?:text\s+)?(?:(?:["'“‘]?)([\p{L}\p{N}]+)(?:["'”’]?)\s+to\s+)?(\+?[\d\s\-()]{3,})$/iu;

/**
 * An `sms:` link for a texting instruction: "988" or "Text 988" → "sms:988", "Text SHOUT to
 * 85258" → "sms:85258?body=SHOUT". Null when the words do not say plainly what to send where;
 * the panel then shows the instruction as it is written.
 */
export function smsHref(text: string | undefined): string | null {
	if (!text) return null;
	const match = TEXT_INSTRUCTION.exec(text.trim());
	if (!match) return null;
	const number = match[2]!.replace(/[^\d+]/g, '');
	if (number.replace('+', '').length < 3) return null;
	return match[1] ? `sms:${number}?body=${encodeURIComponent(match[1])}` : `sms:${number}`;
}
