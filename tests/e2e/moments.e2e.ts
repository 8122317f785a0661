import { expect, test } from '@playwright/test';
import {
	expectFitsScreen,
	expectNoAxeViolations,
	PHONE,
	signUpCoach,
	visit,
	waitForHydration
} from './helpers';

// A moment in a live session, as a coach writes and runs one and a phone lives it: a calm
// screen with nothing to answer, and the coach's script and quiet clock on the console. And
// the guide a coach writes for a prompt, shown where they run it.

test.setTimeout(180_000);

const MOMENT = 'A minute of quiet. Eyes open or closed, and stop whenever you like.';
const SCRIPT = 'Let your feet rest on the floor. Notice three sounds, near or far.';

test('a coach runs a moment; the phone shows a calm screen with nothing to answer', async ({
	browser
}) => {
	const coach = await (
		await browser.newContext({ viewport: { width: 1280, height: 900 } })
	).newPage();
	const p = await (await browser.newContext(PHONE)).newPage();

	await test.step('the coach writes a moment with its script', async () => {
		await signUpCoach(coach);
		await visit(coach, '/prompts/new');
		await coach.getByLabel('Kind').selectOption({ label: 'A moment (nothing to answer)' });
		await coach.getByLabel('Prompt', { exact: true }).fill(MOMENT);
		await coach.getByLabel('How long').selectOption({ label: '1 minute 30 seconds' });
		await coach.getByLabel('What to say before (optional)').fill(SCRIPT);
		await coach.getByRole('button', { name: 'Create prompt' }).click();
		await expect(coach.getByText('Prompt created.')).toBeVisible();
		await expect(coach.getByLabel('How long')).toHaveValue('90');
		await expect(coach.getByLabel('What to say before (optional)')).toHaveValue(SCRIPT);
		await expectNoAxeViolations(coach);
	});

	let code = '';
	await test.step('it goes into a live session like any prompt', async () => {
		await visit(coach, '/dashboard');
		await coach.getByLabel('Name').fill('Quiet circle');
		await coach.getByRole('button', { name: 'Create group' }).click();
		await waitForHydration(coach);
		await coach.getByLabel('Title').fill('Week 1');
		await coach.getByRole('button', { name: 'Create session' }).click();
		await waitForHydration(coach);
		await coach.getByPlaceholder('Search prompts').fill('minute of quiet');
		await coach.getByRole('button', { name: 'Search' }).click();
		await coach.getByRole('button', { name: `Add “${MOMENT}”` }).click();
		await expect(coach.locator('.prompt-list')).toContainText(MOMENT);
		await coach.getByRole('button', { name: 'Go live' }).click();
		code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
		await expect(coach.getByText('Connected')).toBeVisible();
	});

	await test.step('a phone joins and, when the moment starts, has nothing to press', async () => {
		await visit(p, `/join/${code}`);
		await p.getByRole('button', { name: 'I understand — join' }).click();
		await expect(p.getByRole('button', { name: 'Leave session' })).toBeVisible();
		await coach
			.locator('.plan-list')
			.getByRole('button', { name: `Push “${MOMENT}”` })
			.click();
		const moment = p.getByTestId('moment');
		await expect(moment).toContainText(MOMENT);
		await expect(moment).toContainText('Nothing to answer');
		await expect(p.getByRole('button', { name: 'Send' })).toHaveCount(0);
		await expect(p.getByRole('button', { name: /pass/i })).toHaveCount(0);
		// Support stays within reach, as on every participant screen.
		await expect(p.getByText('Need support right now?')).toBeVisible();
		await expectNoAxeViolations(p);
		await expectFitsScreen(p);
	});

	await test.step('the console shows the script and a quiet clock, and no responded count', async () => {
		await expect(coach.getByText(SCRIPT)).toBeVisible();
		await expect(coach.getByRole('timer')).toContainText('of 1:30');
		await expect(coach.getByTestId('responded')).toHaveText('—');
		await expect(coach.getByRole('button', { name: 'Close answering' })).toHaveCount(0);
		await expectNoAxeViolations(coach);
		await coach.getByRole('button', { name: 'End the moment' }).click();
		await expect(coach.getByText('The moment has ended')).toBeVisible();
		await expect(coach.getByText(/fewer than/i)).toHaveCount(0);
		await expect(p.getByTestId('moment')).toContainText('Welcome back');
		await expect(p.getByText(/fewer than/i)).toHaveCount(0);
	});
});

test('a plan shows its length, and the editor warns when its shape would leave people raw', async ({
	page
}) => {
	await signUpCoach(page);
	const question = 'What has this month asked of you?';
	await visit(page, '/prompts/new');
	await page.getByLabel('Kind').selectOption({ label: 'Open text' });
	await page.getByLabel('Prompt', { exact: true }).fill(question);
	await page.getByRole('button', { name: 'Create prompt' }).click();
	await expect(page.getByText('Prompt created.')).toBeVisible();

	await visit(page, '/plans');
	await page.getByLabel('Title').fill('Straight in');
	await page.getByRole('button', { name: 'Create plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Straight in' })).toBeVisible();
	await page.getByLabel('Words').fill('asked of you');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await page.getByRole('button', { name: `Add “${question}”`, exact: true }).click();
	const warnings = page.getByTestId('arc-warnings');
	await expect(warnings).toContainText('The first step asks a lot of people who have just arrived');
	await expect(warnings).toContainText('in the last 10 minutes');
	await expect(page.getByTestId('plan-length')).toHaveText('about 12 minutes');
	await expectNoAxeViolations(page);

	// A ready plan shows its length too.
	await visit(page, '/plans');
	await page.getByRole('link', { name: 'Between shifts: a 15-minute huddle' }).click();
	await expect(page.getByTestId('plan-length')).toHaveText('about 15 minutes');
});
