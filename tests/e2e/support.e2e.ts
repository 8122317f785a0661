import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	expectFitsScreen,
	expectNoAxeViolations,
	PHONE,
	signUpCoach,
	visit,
	waitForHydration
} from './helpers';

// Crisis resources as a coach sets them for a group, with and without JavaScript, and what a
// phone is shown: only what someone confirmed, always with the emergency-services line. The
// test server has no CRISIS_RESOURCES_FILE, so the deployment's list is empty.

test.setTimeout(120_000);

const OWN = {
	name: 'Riverside peer line',
	purpose: 'Confidential support for hospital staff, from trained colleagues.',
	phone: '+1 555 010 2000',
	hours: 'Every evening, 6pm to midnight'
};

function support(page: Page): Locator {
	return page.getByRole('region', { name: 'Support for this group' });
}

function resourceCard(page: Page, name: string): Locator {
	return support(page)
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name }) });
}

async function createGroup(page: Page, name: string): Promise<string> {
	await visit(page, '/dashboard');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Create group' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await waitForHydration(page);
	return new URL(page.url()).pathname;
}

test('a coach sets a group’s crisis resources, and phones see only the confirmed ones', async ({
	browser
}) => {
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const coach = await coachContext.newPage();
	await signUpCoach(coach);
	const groupUrl = await createGroup(coach, 'Night-shift circle');

	await test.step('with nothing confirmed, phones are pointed to emergency services', async () => {
		await expect(support(coach)).toContainText('uses this Huddle’s list, which is empty');
		await expect(support(coach)).toContainText('Phones show no numbers yet');
	});

	await test.step('a preset is added unconfirmed and shown only once confirmed', async () => {
		await coach
			.getByLabel('Add a well-known service')
			.selectOption({ label: 'Physician Support Line' });
		await support(coach).getByRole('button', { name: 'Add', exact: true }).first().click();
		const card = resourceCard(coach, 'Physician Support Line');
		await expect(card.getByTestId('confirmation')).toHaveText(
			'Not confirmed — not shown to phones.'
		);
		await expect(card).toContainText('1-888-409-0141');
		await expect(support(coach)).toContainText('This group has its own list.');
		await expect(support(coach)).toContainText('Phones show no numbers yet');

		await card.getByRole('button', { name: /I checked these details today/ }).click();
		await expect(card.getByTestId('confirmation')).toHaveText(
			/^Confirmed on \w{3} \d{1,2}, \d{4}\.$/
		);
		await expect(support(coach)).toContainText('Phones show 1 service');
	});

	await test.step('a service of their own: every mistake is named, beside its field', async () => {
		await support(coach).getByText('Add a service of your own').click();
		const add = support(coach).locator('form[action="?/addResource"]');
		await add.getByLabel('Web address (optional)').fill('http://example.org');
		await add.getByRole('button', { name: 'Add' }).click();
		await expect(add.getByText('Give the service’s name.')).toBeVisible();
		await expect(add.getByText('Say in a line what it is for and who it is for.')).toBeVisible();
		await expect(add.getByText('Give a full web address that starts with https://')).toBeVisible();
		await expect(add.getByText(/Say when it answers/)).toBeVisible();
		await expect(add.getByLabel('Name')).toBeFocused();
		await expectNoAxeViolations(coach);

		await add.getByLabel('Name').fill(OWN.name);
		await add.getByLabel('What it is for, and who it is for').fill(OWN.purpose);
		await add.getByLabel('Number to call (optional)').fill(OWN.phone);
		await add.getByLabel('Web address (optional)').fill('');
		await add.getByLabel('When it answers').fill(OWN.hours);
		await add.getByRole('button', { name: 'Add' }).click();
		await expect(coach.getByText('Added, not yet confirmed')).toBeVisible();
		await expect(resourceCard(coach, OWN.name).getByTestId('confirmation')).toHaveText(
			'Not confirmed — not shown to phones.'
		);
	});

	await test.step('an edit keeps its field errors and, once saved, needs confirming again', async () => {
		const card = resourceCard(coach, OWN.name);
		await card.getByRole('button', { name: /I checked these details today/ }).click();
		await expect(card.getByTestId('confirmation')).toHaveText(/^Confirmed on/);
		await card.getByText('Edit the details').click();
		await card.getByLabel('Number to call (optional)').fill('call the ward');
		await card.getByRole('button', { name: 'Save' }).click();
		await expect(card.getByText(/Write the number with digits/)).toBeVisible();
		await expect(card.getByLabel('Number to call (optional)')).toBeFocused();
		await card.getByLabel('Number to call (optional)').fill('+1 555 010 2999');
		await card.getByRole('button', { name: 'Save' }).click();
		await expect(card.getByTestId('confirmation')).toHaveText(
			'Not confirmed — not shown to phones.'
		);
		await expect(card).toContainText('+1 555 010 2999');
	});

	await test.step('the group page has no accessibility violations, and its controls are large enough', async () => {
		await expectNoAxeViolations(coach);
		for (const control of await support(coach).locator('button:visible, select:visible').all()) {
			const box = await control.boundingBox();
			expect(box?.height ?? 0, (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44);
		}
	});

	await test.step('without JavaScript the same forms work', async () => {
		const noScript = await browser.newContext({
			javaScriptEnabled: false,
			storageState: await coachContext.storageState()
		});
		const page = await noScript.newPage();
		await page.goto(groupUrl);
		await page.getByLabel('Add a well-known service').selectOption({ label: 'Samaritans' });
		await support(page).getByRole('button', { name: 'Add', exact: true }).first().click();
		const card = resourceCard(page, 'Samaritans');
		await expect(card.getByTestId('confirmation')).toHaveText(
			'Not confirmed — not shown to phones.'
		);
		await card.getByRole('button', { name: /I checked these details today/ }).click();
		await expect(resourceCard(page, 'Samaritans').getByTestId('confirmation')).toHaveText(
			/^Confirmed on/
		);
		await resourceCard(page, 'Samaritans')
			.getByRole('button', { name: /Remove/ })
			.click();
		await expect(resourceCard(page, 'Samaritans')).toHaveCount(0);
		await noScript.close();
	});

	await test.step('a phone sees the confirmed line only, with tap-to-call, and the emergency line', async () => {
		await visit(coach, groupUrl);
		await coach.getByLabel('Title').fill('Week 1');
		await coach.getByRole('button', { name: 'Create session' }).click();
		await waitForHydration(coach);
		await coach.getByRole('button', { name: 'Go live' }).click();
		const code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');

		const participant = await (await browser.newContext(PHONE)).newPage();
		await visit(participant, `/join/${code}`);
		const panel = participant.locator('details.support');
		await panel.getByText('Need support right now?').click();
		const call = panel.getByRole('link', { name: /Call 1-888-409-0141/ });
		await expect(call).toHaveAttribute('href', 'tel:18884090141');
		await expect(panel).toContainText('reasonable, hopeful step');
		await expect(panel).toContainText('local emergency number');
		// Unconfirmed: never sent to the phone at all.
		await expect(panel).not.toContainText(OWN.name);
		expect(await participant.content()).not.toContain('555 010 2999');
		await expectNoAxeViolations(participant);
		await expectFitsScreen(participant);
	});

	await test.step('back to the deployment’s list: phones see emergency services only', async () => {
		await visit(coach, groupUrl);
		await support(coach).getByRole('button', { name: 'Use this Huddle’s list instead' }).click();
		await expect(coach.getByText('This group now uses this Huddle’s list.')).toBeVisible();
		await expect(support(coach)).toContainText('Phones show no numbers yet');
		await expect(support(coach).getByRole('listitem')).toHaveCount(0);
	});
});
