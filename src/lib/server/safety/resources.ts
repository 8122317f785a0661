import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { failure, ok, type FieldErrors, type Result } from '$lib/result';
import { CRISIS_RESOURCE_PRESETS, getPresetResource } from '$lib/safety/presets';
import {
	getToday,
	MAX_CRISIS_RESOURCES,
	shownResources,
	type CrisisResource
} from '$lib/safety/resources';
import { parseWith } from '$lib/schemas/form';
import { crisisResourceListSchema, type CrisisResourceFields } from '$lib/schemas/resources';
import type { Database, Transaction } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { isUuid } from '$lib/server/groups';

// Crisis resources: the deployment's list (CRISIS_RESOURCES_FILE, read once at start-up) and
// each group's own list, which a coach may set instead. A list is validated wherever it is
// saved, not only in the form that sent it: a wrong or garbled number is a safety failure.
// Phones only ever receive confirmed resources, filtered here on the server.

/**
 * The deployment's crisis resources from CRISIS_RESOURCES_FILE (see README.md); an empty list
 * when it is not set. A file that cannot be read or is wrong stops start-up with a message that
 * names the file and each field at fault, rather than serving phones a half-read list.
 */
export function loadDeploymentResources(file: string | null | undefined): CrisisResource[] {
	if (!file) return [];
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (err) {
		const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
		throw new Error(`CRISIS_RESOURCES_FILE: cannot read ${file} (${code}).`, { cause: err });
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		throw new Error(
			`CRISIS_RESOURCES_FILE: ${file} is not valid JSON (${(err as Error).message}).`,
			{ cause: err }
		);
	}
	const parsed = parseDeploymentResources(json);
	if (!parsed.ok) {
		const lines = Object.entries(parsed.fields).map(([field, message]) => `  ${field}: ${message}`);
		throw new Error(
			`CRISIS_RESOURCES_FILE: ${file} has ${lines.length === 1 ? 'a mistake' : 'mistakes'}:\n${lines.join('\n')}`
		);
	}
	return parsed.data;
}

const RESOURCE_KEYS = ['id', 'name', 'purpose', 'phone', 'text', 'web', 'hours', 'confirmedOn'];

/**
 * The contents of a resources file: `{ "resources": [...] }`, each entry a whole resource or
 * `{ "preset": "us-988", "confirmedOn": "2025-03-14" }` (any other field of the preset may be
 * overridden). Unknown fields are refused here, unlike in forms: a misspelt "confirmed_on"
 * would otherwise silently keep a checked number off every phone.
 */
export function parseDeploymentResources(
	json: unknown
): { ok: true; data: CrisisResource[] } | { ok: false; fields: FieldErrors } {
	const fields: FieldErrors = {};
	if (!isRecord(json) || !Array.isArray(json.resources)) {
		return {
			ok: false,
			fields: { resources: 'Give the resources as a list: { "resources": [ ... ] }.' }
		};
	}
	for (const key of Object.keys(json)) {
		if (key !== 'resources') fields[key] = 'Unknown field: the file has only "resources".';
	}
	const expanded = json.resources.map((entry, index) => {
		if (!isRecord(entry)) return entry;
		const { preset: presetId, ...rest } = entry;
		for (const key of Object.keys(rest)) {
			if (!RESOURCE_KEYS.includes(key)) {
				fields[`resources.${index}.${key}`] =
					`Unknown field: a resource has ${RESOURCE_KEYS.join(', ')} (or preset).`;
			}
		}
		if (presetId === undefined) return { id: `resource-${index + 1}`, ...rest };
		const preset = getPresetResource(presetId);
		if (!preset) {
			fields[`resources.${index}.preset`] =
				`There is no preset ${JSON.stringify(presetId)}. The presets are: ${CRISIS_RESOURCE_PRESETS.map((p) => p.resource.id).join(', ')}.`;
			return entry;
		}
		return { ...preset, ...rest };
	});
	const parsed = parseWith(crisisResourceListSchema, expanded);
	if (!parsed.ok) {
		for (const [path, message] of Object.entries(parsed.fields)) {
			fields[path === 'form' ? 'resources' : `resources.${path}`] ??= message;
		}
	}
	if (Object.keys(fields).length > 0 || !parsed.ok) return { ok: false, fields };
	return { ok: true, data: parsed.data };
}

/**
 * The resources in effect for a group: its own list, or the deployment's when it has none
 * (null in the database). Null when there is no such group.
 */
export async function getGroupResources(
	db: Database,
	groupId: string,
	deploymentList: CrisisResource[]
): Promise<CrisisResource[] | null> {
	if (!isUuid(groupId)) return null;
	const [row] = await db
		.select({ crisisResources: table.group.crisisResources })
		.from(table.group)
		.where(eq(table.group.id, groupId));
	if (!row) return null;
	return row.crisisResources ?? deploymentList;
}

/**
 * What a phone in this live session may show: the confirmed resources of its group (or of the
 * deployment). Unconfirmed numbers never leave the server.
 */
export async function listShownResourcesForLiveSession(
	db: Database,
	liveSessionId: string,
	deploymentList: CrisisResource[]
): Promise<CrisisResource[]> {
	if (!isUuid(liveSessionId)) return shownResources(deploymentList);
	const [row] = await db
		.select({ crisisResources: table.group.crisisResources })
		.from(table.liveSession)
		.innerJoin(table.group, eq(table.group.id, table.liveSession.groupId))
		.where(eq(table.liveSession.id, liveSessionId));
	return shownResources(row?.crisisResources ?? deploymentList);
}

/**
 * Sets a group's own list (validated here), or null to use the deployment's again. Another
 * coach's group and a missing one are both `not_found`; nothing is stored on a refusal.
 */
export async function saveGroupResources(
	db: Database | Transaction,
	coachId: string,
	groupId: string,
	list: unknown
): Promise<Result<CrisisResource[] | null>> {
	if (!isUuid(groupId) || !isUuid(coachId)) return failure('not_found');
	let resources: CrisisResource[] | null = null;
	if (list !== null) {
		const parsed = parseWith(crisisResourceListSchema, list);
		if (!parsed.ok) return failure('invalid_payload', parsed.fields);
		resources = parsed.data;
	}
	const rows = await db
		.update(table.group)
		.set({ crisisResources: resources })
		.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
		.returning({ id: table.group.id });
	return rows.length > 0 ? ok(resources) : failure('not_found');
}

/**
 * One change to a group's list, applied to the list in effect (a group still on the
 * deployment's list gets its own copy) with the group row locked, so two tabs saving at once
 * do not undo each other. The result is validated like any save.
 */
export async function changeGroupResources(
	db: Database,
	coachId: string,
	groupId: string,
	deploymentList: CrisisResource[],
	change: (current: CrisisResource[]) => Result<CrisisResource[]>
): Promise<Result<CrisisResource[] | null>> {
	if (!isUuid(groupId) || !isUuid(coachId)) return failure('not_found');
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ crisisResources: table.group.crisisResources })
			.from(table.group)
			.where(and(eq(table.group.id, groupId), eq(table.group.coachId, coachId)))
			.for('update');
		if (!row) return failure('not_found');
		const changed = change(structuredClone(row.crisisResources ?? deploymentList));
		if (!changed.ok) return changed;
		return saveGroupResources(tx, coachId, groupId, changed.data);
	});
}

// The changes a coach makes on the group page, as pure steps for changeGroupResources.

/** A preset, unconfirmed: it is shown only once someone checked it and confirmed it. */
export function addPreset(list: CrisisResource[], presetId: unknown): Result<CrisisResource[]> {
	const preset = getPresetResource(presetId);
	if (!preset) return failure('invalid_payload', { preset: 'Choose one of the listed services.' });
	if (list.some((r) => r.id === preset.id)) {
		return failure('invalid_payload', { preset: `${preset.name} is already in the list.` });
	}
	return withRoom(list, [...list, preset], 'preset');
}

/** A resource the coach typed; confirmed today if they say they checked it. */
export function addOwnResource(
	list: CrisisResource[],
	fields: CrisisResourceFields,
	confirmedToday: boolean,
	now: Date = new Date()
): Result<CrisisResource[]> {
	const resource: CrisisResource = {
		id: `own-${randomUUID().slice(0, 8)}`,
		...definedFields(fields),
		confirmedOn: confirmedToday ? getToday(now) : null
	};
	return withRoom(list, [...list, resource], 'name');
}

/**
 * New details for a resource. A changed number, address or hours voids the old confirmation
 * (unless the coach confirms again): only what someone checked may reach a phone.
 */
export function updateResource(
	list: CrisisResource[],
	id: string,
	fields: CrisisResourceFields,
	confirmedToday: boolean,
	now: Date = new Date()
): Result<CrisisResource[]> {
	const previous = list.find((r) => r.id === id);
	if (!previous) return failure('not_found');
	const next = { id, ...definedFields(fields) };
	const reachChanged = (['phone', 'text', 'web', 'hours'] as const).some(
		(key) => (previous[key] ?? '') !== (next[key] ?? '')
	);
	const confirmedOn = confirmedToday ? getToday(now) : reachChanged ? null : previous.confirmedOn;
	return ok(list.map((r) => (r.id === id ? { ...next, confirmedOn } : r)));
}

/** "I checked these details today." */
export function confirmResource(
	list: CrisisResource[],
	id: string,
	now: Date = new Date()
): Result<CrisisResource[]> {
	if (!list.some((r) => r.id === id)) return failure('not_found');
	return ok(list.map((r) => (r.id === id ? { ...r, confirmedOn: getToday(now) } : r)));
}

export function removeResource(list: CrisisResource[], id: string): Result<CrisisResource[]> {
	if (!list.some((r) => r.id === id)) return failure('not_found');
	return ok(list.filter((r) => r.id !== id));
}

function withRoom(
	list: CrisisResource[],
	next: CrisisResource[],
	field: string
): Result<CrisisResource[]> {
	if (list.length >= MAX_CRISIS_RESOURCES) {
		return failure('invalid_payload', {
			[field]: `A group can list up to ${MAX_CRISIS_RESOURCES} resources. Remove one to add another.`
		});
	}
	return ok(next);
}

function definedFields(fields: CrisisResourceFields): Omit<CrisisResource, 'id' | 'confirmedOn'> {
	return {
		name: fields.name,
		purpose: fields.purpose,
		...(fields.phone ? { phone: fields.phone } : {}),
		...(fields.text ? { text: fields.text } : {}),
		...(fields.web ? { web: fields.web } : {}),
		hours: fields.hours
	};
}

function isRecord(input: unknown): input is Record<string, unknown> {
	return typeof input === 'object' && input !== null && !Array.isArray(input);
}
