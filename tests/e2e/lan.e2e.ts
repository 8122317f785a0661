import { expect, test } from '@playwright/test';
import { signUpCoach, visit, waitForHydration } from './helpers';

// Phones in a room often reach the coach's laptop by its LAN address over plain http. The
// browser then treats the page as an insecure context: no crypto.randomUUID, no
// crypto.subtle, no Secure cookies. This project opens Huddle at http://huddle.test:PORT
// (mapped to 127.0.0.1), which Chromium treats exactly so.

test('a coach and a phone on a plain-http LAN address run a prompt', async ({ browser }) => {
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const coach = await coachContext.newPage();
	await signUpCoach(coach);
	expect(await coach.evaluate(() => window.isSecureContext)).toBe(false);

	await coach.getByLabel('Name').fill('Night shift circle');
	await coach.getByRole('button', { name: 'Create group' }).click();
	await waitForHydration(coach);
	await coach.getByLabel('Title').fill('Week 1');
	await coach.getByLabel('Answers needed before results are shown').selectOption('3');
	const plan = coach
		.getByLabel('Start from a plan (optional)')
		.locator('option', { hasText: 'First session: noticing' });
	await coach
		.getByLabel('Start from a plan (optional)')
		.selectOption((await plan.getAttribute('value'))!);
	await coach.getByRole('button', { name: 'Create session' }).click();
	await waitForHydration(coach);
	await coach.getByRole('button', { name: 'Go live' }).click();
	const code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	// The join link carries the LAN origin, not localhost.
	await expect(coach.getByRole('link', { name: new RegExp(`/join/${code}$`) })).toHaveAttribute(
		'href',
		new RegExp(`^http://huddle\\.test:\\d+/join/${code}$`)
	);
	await expect(coach.getByText('Connected')).toBeVisible();

	const phoneContext = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const phone = await phoneContext.newPage();
	await visit(phone, `/join/${code}`);
	expect(
		await phone.evaluate(() => ({
			secure: window.isSecureContext,
			randomUUID: typeof crypto.randomUUID
		}))
	).toEqual({ secure: false, randomUUID: 'undefined' });
	await phone.getByRole('button', { name: 'I understand — join' }).click();
	await expect(phone.getByRole('heading', { name: "You're in" })).toBeVisible();
	await expect(coach.getByTestId('joined')).toHaveText('1');

	await coach.locator('.plan-list').getByRole('button', { name: /^Push/ }).first().click();
	await expect(phone.getByRole('heading', { level: 2 })).toBeVisible();
	// The plan opens with its agreements: a multiple choice.
	await phone.getByRole('checkbox').first().check();
	await phone.getByRole('button', { name: 'Send' }).click();
	await expect(phone.getByRole('status').filter({ hasText: /Sent\./ })).toBeVisible();
	await expect(coach.getByTestId('responded')).toHaveText('1');

	// A reload on plain http keeps the phone in the session (localStorage, no Secure cookie).
	await phone.reload();
	await waitForHydration(phone);
	await expect(phone.getByRole('button', { name: 'Update answer' })).toBeVisible();

	await phoneContext.close();
	await coachContext.close();
});
