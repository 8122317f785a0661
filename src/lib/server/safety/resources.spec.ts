import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '$lib/server/config';
import type { Database } from '$lib/server/db';
import * as table from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/db/test-db';
import { registerCoach } from '$lib/server/coaches';
import { createGroup } from '$lib/server/groups';
import { CRISIS_RESOURCE_PRESETS, getPresetResource } from '$lib/safety/presets';
import {
	getToday,
	shownResources,
	smsHref,
	telHref,
	type CrisisResource
} from '$lib/safety/resources';
import { parseWith } from '$lib/schemas/form';
import { crisisResourceFieldsSchema, crisisResourceListSchema } from '$lib/schemas/resources';
import {
	addOwnResource,
	addPreset,
	changeGroupResources,
	confirmResource,
	getGroupResources,
	listShownResourcesForLiveSession,
	loadDeploymentResources,
	removeResource,
	saveGroupResources,
	updateResource
} from './resources';

const past = '2025-01-15';
const line: CrisisResource = {
	id: 'local-line',
	name: 'Riverside peer line',
	purpose: 'Confidential support for hospital staff, by trained colleagues.',
	phone: '+1 (555) 010-2000',
	hours: 'Every evening, 6pm to midnight',
	confirmedOn: past
};

function inDays(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the deployment’s resources file', () => {
	let dir: string;
	beforeAll(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-resources-'));
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	function write(name: string, content: unknown): string {
		const file = path.join(dir, name);
		fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
		return file;
	}

	it('is an empty list without CRISIS_RESOURCES_FILE', () => {
		const config = readConfig({});
		expect(config.crisisResourcesFile).toBeNull();
		expect(loadDeploymentResources(config.crisisResourcesFile)).toEqual([]);
	});

	it('reads whole resources, trimmed, with ids made for those without', () => {
		const file = write('good.json', {
			resources: [
				{ ...line, name: '  Riverside peer line  ' },
				{
					name: 'Staff counselling',
					purpose: 'Free sessions for every employee.',
					web: 'https://example.org/counselling',
					hours: 'Weekdays',
					confirmedOn: null
				}
			]
		});
		const config = readConfig({ CRISIS_RESOURCES_FILE: file });
		expect(config.crisisResourcesFile).toBe(file);
		const list = loadDeploymentResources(config.crisisResourcesFile);
		expect(list).toEqual([
			line,
			{
				id: 'resource-2',
				name: 'Staff counselling',
				purpose: 'Free sessions for every employee.',
				web: 'https://example.org/counselling',
				hours: 'Weekdays',
				confirmedOn: null
			}
		]);
		expect(shownResources(list).map((r) => r.id)).toEqual(['local-line']);
	});

	it('expands presets, with their confirmation and any field overridden', () => {
		const file = write('presets.json', {
			resources: [
				{ preset: 'us-988', confirmedOn: past },
				{ preset: 'us-physician-support-line', hours: 'Weekdays, see the website' },
				{ preset: 'uk-shout', confirmedOn: null }
			]
		});
		const list = loadDeploymentResources(file);
		expect(list[0]).toEqual({ ...getPresetResource('us-988'), confirmedOn: past });
		expect(list[1]).toMatchObject({
			id: 'us-physician-support-line',
			phone: '1-888-409-0141',
			hours: 'Weekdays, see the website',
			confirmedOn: null
		});
		expect(list[2]).toMatchObject({ id: 'uk-shout', text: 'Text SHOUT to 85258' });
		expect(shownResources(list).map((r) => r.id)).toEqual(['us-988']);
	});

	it('reads the example in README.md as documented', () => {
		const readme = fs.readFileSync('README.md', 'utf8');
		const example = /named by `CRISIS_RESOURCES_FILE`:\n\n```json\n([\s\S]*?)\n```/.exec(
			readme
		)?.[1];
		expect(example).toBeTruthy();
		const list = loadDeploymentResources(write('readme.json', example!));
		expect(list.map((r) => [r.id, r.confirmedOn])).toEqual([
			['us-988', '2025-03-14'],
			['us-physician-support-line', '2025-03-14'],
			['riverside-peer-line', null]
		]);
	});

	it('stops start-up with a message naming the file and each wrong field', () => {
		const file = write('bad.json', {
			resources: [
				{ preset: 'us-988', confirmedOn: inDays(3) },
				{ ...line, id: 'other', phone: 'call us', web: 'http://example.org' },
				{ preset: 'xx-unknown' },
				{ ...line, id: 'typo', confirmed_on: past }
			]
		});
		let message = '';
		try {
			loadDeploymentResources(file);
		} catch (err) {
			message = (err as Error).message;
		}
		expect(message).toContain(`CRISIS_RESOURCES_FILE: ${file}`);
		expect(message).toContain(
			'resources.0.confirmedOn: A confirmation date cannot be in the future.'
		);
		expect(message).toContain('resources.1.phone: Write the number with digits');
		expect(message).toContain('resources.1.web: Give a full web address that starts with https://');
		expect(message).toContain('resources.2.preset: There is no preset "xx-unknown"');
		expect(message).toContain('resources.3.confirmed_on: Unknown field');
		expect(message).not.toMatch(/\n\s+at /);
	});

	it('refuses a file that is missing, not JSON, or not shaped { resources: [...] }', () => {
		expect(() => loadDeploymentResources(path.join(dir, 'missing.json'))).toThrow(
			/cannot read .*missing\.json \(ENOENT\)/
		);
		expect(() => loadDeploymentResources(write('broken.json', '{ "resources": [ '))).toThrow(
			/is not valid JSON/
		);
		expect(() => loadDeploymentResources(write('array.json', [line]))).toThrow(
			/resources: Give the resources as a list/
		);
		const many = Array.from({ length: 9 }, (_, i) => ({ ...line, id: `line-${i}` }));
		expect(() => loadDeploymentResources(write('many.json', { resources: many }))).toThrow(
			/resources: Give at most 8 resources/
		);
		expect(() => loadDeploymentResources(write('twice.json', { resources: [line, line] }))).toThrow(
			/resources: Each resource needs its own id/
		);
	});
});

describe('the resource schema', () => {
	const fields = {
		name: line.name,
		purpose: line.purpose,
		phone: line.phone,
		text: '',
		web: '',
		hours: line.hours
	};

	it('accepts a form’s fields, trimmed, with blanks left out', () => {
		const parsed = parseWith(crisisResourceFieldsSchema, { ...fields, name: `  ${line.name}\t` });
		expect(parsed).toEqual({
			ok: true,
			data: {
				name: line.name,
				purpose: line.purpose,
				phone: line.phone,
				text: undefined,
				web: undefined,
				hours: line.hours
			}
		});
	});

	it('reports every field at fault at once', () => {
		const parsed = parseWith(crisisResourceFieldsSchema, {
			name: '',
			purpose: 'x'.repeat(161),
			phone: '0800 CALL NOW',
			text: 'Text us',
			web: 'javascript:alert(1)',
			hours: ' '
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.fields).sort()).toEqual(
			['name', 'purpose', 'phone', 'text', 'web', 'hours'].sort()
		);
		expect(parsed.fields.name).toBe('Give the service’s name.');
		expect(parsed.fields.purpose).toBe('Keep this to 160 characters or fewer.');
		expect(parsed.fields.text).toMatch(/Include the number to text/);
	});

	it('needs at least one way to reach the service', () => {
		const parsed = parseWith(crisisResourceFieldsSchema, { ...fields, phone: '' });
		expect(parsed).toEqual({
			ok: false,
			fields: {
				phone:
					'Give at least one way to reach it: a number to call, a number to text, or a web address.'
			}
		});
		expect(parseWith(crisisResourceFieldsSchema, { ...fields, phone: '', text: '988' }).ok).toBe(
			true
		);
	});

	it('refuses names over 80 characters, hours over 80, and plain http addresses', () => {
		const parsed = parseWith(crisisResourceFieldsSchema, {
			...fields,
			name: 'n'.repeat(81),
			hours: 'h'.repeat(81),
			web: 'http://988lifeline.org'
		});
		expect(parsed.ok ? {} : parsed.fields).toEqual({
			name: 'Keep the name to 80 characters or fewer.',
			hours: 'Keep the hours to 80 characters or fewer.',
			web: 'Give a full web address that starts with https://'
		});
	});

	it('refuses control characters and lone surrogates', () => {
		for (const bad of ['Line\u0000one', 'Line\none', 'Bell\u0007', 'C1\u0085', 'half\ud800']) {
			const parsed = parseWith(crisisResourceFieldsSchema, { ...fields, name: bad });
			expect(parsed.ok ? null : parsed.fields.name).toBe(
				'Keep this to one line of ordinary characters.'
			);
		}
		expect(parseWith(crisisResourceFieldsSchema, { ...fields, name: 'Ligne 🌿 écoute' }).ok).toBe(
			true
		);
	});

	it('takes a confirmation only as a real date, today or earlier', () => {
		const parse = (confirmedOn: unknown) =>
			parseWith(crisisResourceListSchema, [{ ...line, confirmedOn }]);
		expect(parse(null).ok).toBe(true);
		expect(parse(getToday()).ok).toBe(true);
		expect(parse(undefined)).toEqual({ ok: true, data: [{ ...line, confirmedOn: null }] });
		expect(parse('2025-02-30')).toMatchObject({
			ok: false,
			fields: { '0.confirmedOn': /real date/ }
		});
		expect(parse('15/01/2025')).toMatchObject({
			ok: false,
			fields: { '0.confirmedOn': /real date/ }
		});
		expect(parse(inDays(2))).toEqual({
			ok: false,
			fields: { '0.confirmedOn': 'A confirmation date cannot be in the future.' }
		});
	});
});

describe('what a phone is shown', () => {
	it('never shows an unconfirmed, undated or future-dated resource', () => {
		const list: CrisisResource[] = [
			{ ...line, id: 'a', confirmedOn: null },
			{ ...line, id: 'b', confirmedOn: past },
			{ ...line, id: 'c', confirmedOn: inDays(2) },
			{ ...line, id: 'd', confirmedOn: 'soon' },
			{ ...line, id: 'e', confirmedOn: '2025-13-01' }
		];
		expect(shownResources(list).map((r) => r.id)).toEqual(['b']);
		expect(shownResources(null)).toEqual([]);
	});

	it('ships every preset unconfirmed, so none is shown until a person confirms it', () => {
		const presets = CRISIS_RESOURCE_PRESETS.map((p) => p.resource);
		expect(presets.length).toBeGreaterThanOrEqual(5);
		expect(shownResources(presets)).toEqual([]);
		expect(parseWith(crisisResourceListSchema, presets).ok).toBe(true);
		expect(new Set(CRISIS_RESOURCE_PRESETS.map((p) => p.region))).toEqual(
			new Set(['United States', 'United Kingdom'])
		);
	});

	it('makes tap-to-call and tap-to-text links from the numbers as written', () => {
		expect(telHref('988')).toBe('tel:988');
		expect(telHref('1-888-409-0141')).toBe('tel:18884090141');
		expect(telHref('+44 116 123')).toBe('tel:+44116123');
		expect(telHref('')).toBeNull();
		expect(smsHref('Text 988')).toBe('sms:988');
		expect(smsHref('Text SHOUT to 85258')).toBe('sms:85258?body=SHOUT');
		expect(smsHref('text HOME to 741741')).toBe('sms:741741?body=HOME');
		expect(smsHref('Send a message from the app')).toBeNull();
	});
});

describe('a group’s own list', () => {
	let handle: Awaited<ReturnType<typeof createTestDatabase>>;
	let db: Database;
	let coachId: string;
	let groupId: string;
	const deployment: CrisisResource[] = [
		{ ...getPresetResource('uk-samaritans')!, confirmedOn: past },
		getPresetResource('uk-practitioner-health')!
	];

	beforeAll(async () => {
		handle = await createTestDatabase();
		db = handle.db;
		({ coachId, groupId } = await createTestCoach(db));
	});
	afterAll(async () => {
		await handle?.drop();
	});

	// Straight in the database: these tests need a coach, a group and a session row, not the
	// live-session domain.
	async function createTestCoach(db: Database) {
		const registered = await registerCoach(db, {
			email: `coach-${randomBytes(4).toString('hex')}@example.org`,
			displayName: 'Coach',
			password: 'steady hands and a warm voice'
		});
		if (!registered.ok) throw new Error('could not register coach');
		const group = await createGroup(db, registered.coach.id, { name: 'Circle', description: '' });
		return { coachId: registered.coach.id, groupId: group.id };
	}

	const stored = async (id = groupId) =>
		(
			await db
				.select({ list: table.group.crisisResources })
				.from(table.group)
				.where(eq(table.group.id, id))
		)[0]?.list;

	it('is the deployment’s list until the coach sets one', async () => {
		expect(await getGroupResources(db, groupId, deployment)).toEqual(deployment);
		expect(
			await getGroupResources(db, '00000000-0000-4000-8000-000000000000', deployment)
		).toBeNull();
		expect(await getGroupResources(db, 'not-a-uuid', deployment)).toBeNull();
	});

	it('overrides the deployment’s list once saved, and phones see only its confirmed ones', async () => {
		const own = [line, { ...line, id: 'unchecked', confirmedOn: null }];
		expect(await saveGroupResources(db, coachId, groupId, own)).toEqual({ ok: true, data: own });
		expect(await getGroupResources(db, groupId, deployment)).toEqual(own);

		const [session] = await db
			.insert(table.liveSession)
			.values({ groupId, title: 'Week 1', k: 3 })
			.returning({ id: table.liveSession.id });
		const shown = await listShownResourcesForLiveSession(db, session!.id, deployment);
		expect(shown).toEqual([line]);
		expect(await listShownResourcesForLiveSession(db, 'nope', deployment)).toEqual([deployment[0]]);
	});

	it('stores nothing when the list is wrong', async () => {
		const before = await stored();
		const result = await saveGroupResources(db, coachId, groupId, [
			{ ...line, phone: 'ring ring', confirmedOn: inDays(5) }
		]);
		expect(result).toEqual({
			ok: false,
			error: 'invalid_payload',
			fields: {
				'0.phone': expect.stringMatching(/digits/),
				'0.confirmedOn': 'A confirmation date cannot be in the future.'
			}
		});
		expect(await saveGroupResources(db, coachId, groupId, 'a list')).toMatchObject({
			ok: false,
			error: 'invalid_payload'
		});
		expect(await stored()).toEqual(before);
	});

	it('refuses another coach’s group, and changes nothing there', async () => {
		const other = await createTestCoach(db);
		expect(await saveGroupResources(db, other.coachId, groupId, [])).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(
			await changeGroupResources(db, other.coachId, groupId, deployment, (list) =>
				removeResource(list, line.id)
			)
		).toEqual({ ok: false, error: 'not_found' });
		expect(await stored()).toEqual([line, { ...line, id: 'unchecked', confirmedOn: null }]);
		expect(await saveGroupResources(db, coachId, other.groupId, [line])).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await stored(other.groupId)).toBeNull();
	});

	it('goes back to the deployment’s list when reset', async () => {
		expect(await saveGroupResources(db, coachId, groupId, null)).toEqual({ ok: true, data: null });
		expect(await stored()).toBeNull();
		expect(await getGroupResources(db, groupId, deployment)).toEqual(deployment);
	});

	it('an empty own list means emergency services only, not the deployment’s list', async () => {
		expect((await saveGroupResources(db, coachId, groupId, [])).ok).toBe(true);
		expect(await getGroupResources(db, groupId, deployment)).toEqual([]);
		await saveGroupResources(db, coachId, groupId, null);
	});

	it('changes start from a copy of the deployment’s list and never touch it', async () => {
		const snapshot = structuredClone(deployment);
		const result = await changeGroupResources(db, coachId, groupId, deployment, (list) =>
			confirmResource(list, 'uk-practitioner-health')
		);
		expect(result.ok).toBe(true);
		expect(deployment).toEqual(snapshot);
		expect(await stored()).toEqual([deployment[0], { ...deployment[1], confirmedOn: getToday() }]);
		await saveGroupResources(db, coachId, groupId, null);
	});

	it('adds a preset unconfirmed, once, and at most 8 resources in all', async () => {
		const added = addPreset([], 'us-988');
		expect(added).toEqual({ ok: true, data: [getPresetResource('us-988')] });
		expect(shownResources(added.ok ? added.data : [])).toEqual([]);
		expect(addPreset(added.ok ? added.data : [], 'us-988')).toMatchObject({
			ok: false,
			fields: { preset: '988 Suicide & Crisis Lifeline is already in the list.' }
		});
		expect(addPreset([], 'nope')).toMatchObject({ ok: false, error: 'invalid_payload' });
		const full = Array.from({ length: 8 }, (_, i) => ({ ...line, id: `l-${i}` }));
		expect(addPreset(full, 'us-988')).toMatchObject({
			ok: false,
			fields: { preset: expect.stringMatching(/up to 8/) }
		});
	});

	it('an own resource is confirmed only when the coach says they checked it', () => {
		const fields = {
			name: 'Ward line',
			purpose: 'For the ward team.',
			phone: '0101',
			hours: 'Always'
		};
		const unchecked = addOwnResource([], fields, false);
		const checked = addOwnResource([], fields, true, new Date('2025-03-14T10:00:00Z'));
		expect(unchecked.ok && unchecked.data[0]!.confirmedOn).toBeNull();
		expect(checked.ok && checked.data[0]).toMatchObject({
			...fields,
			id: expect.stringMatching(/^own-[0-9a-f]{8}$/),
			confirmedOn: '2025-03-14'
		});
	});

	it('an edit that changes how to reach it or when voids the confirmation', () => {
		const fields = { name: line.name, purpose: line.purpose, phone: line.phone, hours: line.hours };
		const renamed = updateResource([line], line.id, { ...fields, name: 'Riverside line' }, false);
		expect(renamed.ok && renamed.data[0]).toEqual({ ...line, name: 'Riverside line' });
		const renumbered = updateResource([line], line.id, { ...fields, phone: '555 0199' }, false);
		expect(renumbered.ok && renumbered.data[0]!.confirmedOn).toBeNull();
		const rehours = updateResource([line], line.id, { ...fields, hours: 'Weekends' }, false);
		expect(rehours.ok && rehours.data[0]!.confirmedOn).toBeNull();
		const rechecked = updateResource([line], line.id, { ...fields, phone: '555 0199' }, true);
		expect(rechecked.ok && rechecked.data[0]!.confirmedOn).toBe(getToday());
		expect(updateResource([line], 'gone', fields, false)).toEqual({
			ok: false,
			error: 'not_found'
		});
	});

	it('a full change round trip through the database', async () => {
		const fields = {
			name: 'Ward line',
			purpose: 'For the ward team.',
			phone: '0101',
			hours: 'Always'
		};
		const change = (step: (list: CrisisResource[]) => ReturnType<typeof removeResource>) =>
			changeGroupResources(db, coachId, groupId, [], step);
		expect((await change((list) => addPreset(list, 'uk-samaritans'))).ok).toBe(true);
		expect((await change((list) => addOwnResource(list, fields, false))).ok).toBe(true);
		expect((await change((list) => confirmResource(list, 'uk-samaritans'))).ok).toBe(true);
		const list = (await getGroupResources(db, groupId, []))!;
		expect(list.map((r) => [r.name, r.confirmedOn])).toEqual([
			['Samaritans', getToday()],
			['Ward line', null]
		]);
		expect((await change((l) => removeResource(l, 'uk-samaritans'))).ok).toBe(true);
		expect(await change((l) => removeResource(l, 'uk-samaritans'))).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect((await getGroupResources(db, groupId, []))!.map((r) => r.name)).toEqual(['Ward line']);
	});
});
