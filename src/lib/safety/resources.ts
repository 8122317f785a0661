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
