import { expect, test, type Page } from '@playwright/test';
import {
	expectFitsScreen,
	expectNoAxeViolations,
	PHONE,
	signUpCoach,
	visit,
	waitForHydration
} from './helpers';

// Safety, moderation and the room display, as a coach runs them in a room with a projector:
// a coach, a display in a separate logged-out context, and three phones.

test.setTimeout(240_000);

const CRISIS =
	'I can’t keep doing this. Some nights I think everyone would be better off without me.';
const PROMPT = 'What has this month asked of you?';
const NOTE = 'No names or details needed.';

async function joinByCode(page: Page, code: string) {
	await visit(page, `/join/${code}`);
	await expect(page.getByRole('heading', { name: 'Before you join' })).toBeVisible();
	// The consent card says that written answers are screened, and that nobody is identified.
	await expect(page.locator('.consent')).toContainText('screened for signs of crisis');
	await page.getByRole('button', { name: 'I understand — join' }).click();
	await expect(page.getByRole('button', { name: 'Leave session' })).toBeVisible();
}

/** The display's type, read from the back of a room: sizes in CSS pixels at this viewport. */
async function displaySizes(page: Page) {
	return page.evaluate(() => {
		const size = (selector: string) => {
			const el = document.querySelector(selector);
			return el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
		};
		const qr = document.querySelector('.qr')?.getBoundingClientRect();
		return {
			body: size('.display'),
			heading: size('.display h1'),
			code: size('[data-testid="display-code"]'),
			qr: qr ? Math.min(qr.width, qr.height) : 0,
			overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			overflowY: document.documentElement.scrollHeight - document.documentElement.clientHeight
		};
	});
}

test('a coach runs a room with a projector, and someone in distress is offered help without being identified', async ({
	browser
}, testInfo) => {
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const coach = await coachContext.newPage();
	const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const display = await displayContext.newPage();
	const phones = await Promise.all(
		[0, 1, 2].map(async () => (await browser.newContext(PHONE)).newPage())
	);
	const [a, b, c] = phones as [Page, Page, Page];
	let code = '';

	await test.step('the coach writes a prompt with a note for participants, and goes live', async () => {
		await signUpCoach(coach);
		await visit(coach, '/prompts/new');
		await coach.getByLabel('Kind').selectOption({ label: 'Open text' });
		await coach.getByLabel('Prompt', { exact: true }).fill(PROMPT);
		await coach.getByLabel('Note for participants (optional)').fill(NOTE);
		await coach.getByRole('button', { name: 'Create prompt' }).click();
		await expect(coach.getByText('Prompt created.')).toBeVisible();
		await expect(coach.getByLabel('Note for participants (optional)')).toHaveValue(NOTE);

		await visit(coach, '/dashboard');
		await coach.getByLabel('Name').fill('Night-shift circle');
		await coach.getByRole('button', { name: 'Create group' }).click();
		await waitForHydration(coach);
		await coach.getByLabel('Title').fill('Week 5');
		await coach.getByLabel('Answers needed before results are shown').selectOption('3');
		await coach.getByRole('button', { name: 'Create session' }).click();
		await waitForHydration(coach);
		await coach.getByPlaceholder('Search prompts').fill('asked of you');
		await coach.getByRole('button', { name: 'Search' }).click();
		await coach.getByRole('button', { name: `Add “${PROMPT}”` }).click();
		await expect(coach.locator('.prompt-list')).toContainText(PROMPT);
		await coach.getByRole('button', { name: 'Go live' }).click();
		code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
		await expect(coach.getByText('Connected')).toBeVisible();
	});

	await test.step('a logged-out display opens the display link and shows the code while people arrive', async () => {
		const href = await coach
			.getByRole('link', { name: /Open the room display/ })
			.getAttribute('href');
		expect(href).toMatch(/\/display\/[0-9a-f-]{36}#[A-Za-z0-9_-]{32}$/);
		await display.goto(href!);
		await expect(display.getByTestId('display-code')).toHaveText(code.replace(/(...)/, '$1 '));
		await expect(display.locator('.qr svg')).toBeVisible();
		for (const p of phones) await joinByCode(p, code);
		await expect(display.getByTestId('display-phones')).toHaveText('3 phones have joined');
		await expectNoAxeViolations(display);

		// Legible from the back of a room at both sizes: large type, a QR most of the height.
		for (const size of [
			{ width: 1920, height: 1080 },
			{ width: 1280, height: 720 }
		]) {
			await display.setViewportSize(size);
			const sizes = await displaySizes(display);
			expect(sizes.code, 'join code size').toBeGreaterThanOrEqual(size.width >= 1920 ? 150 : 100);
			expect(sizes.heading, 'heading size').toBeGreaterThanOrEqual(50);
			expect(sizes.body, 'body text size').toBeGreaterThanOrEqual(24);
			expect(sizes.qr, 'QR size').toBeGreaterThanOrEqual(size.height * 0.55);
			expect(sizes.overflowX, 'no sideways scroll').toBeLessThanOrEqual(0);
			expect(sizes.overflowY, 'fits the screen').toBeLessThanOrEqual(0);
			await display.screenshot({ path: testInfo.outputPath(`display-join-${size.width}.png`) });
		}
		await display.setViewportSize({ width: 1920, height: 1080 });
	});

	await test.step('the prompt reaches the display and the phones, with its note under it', async () => {
		await coach
			.locator('.plan-list')
			.getByRole('button', { name: `Push “${PROMPT}”` })
			.click();
		await expect(display.getByTestId('display-prompt')).toHaveText(PROMPT);
		await expect(display.getByText(NOTE)).toBeVisible();
		await expect(display.getByTestId('display-responded')).toHaveText('0 responded so far');
		for (const p of phones) {
			await expect(p.getByRole('heading', { name: PROMPT })).toBeVisible();
			await expect(p.getByTestId('participant-note')).toHaveText(NOTE);
		}
		await expectNoAxeViolations(a);
	});

	await test.step('a phone writes a sign of crisis and is offered support at once, privately', async () => {
		await a.getByRole('textbox').fill(CRISIS);
		await a.getByRole('button', { name: 'Send' }).click();
		const offer = a.getByTestId('support-offer');
		await expect(offer).toBeVisible();
		await expect(offer).toContainText('Only this phone sees this');
		await expectNoAxeViolations(a);
		await expectFitsScreen(a);
		for (const [p, text] of [
			[b, 'Too many nights in a row.'],
			[c, 'This shift killed me, but the team was kind.']
		] as const) {
			await p.getByRole('textbox').fill(text);
			await p.getByRole('button', { name: 'Send' }).click();
			await expect(p.getByRole('status').filter({ hasText: /Sent\./ })).toBeVisible();
			await expect(p.getByTestId('support-offer')).toHaveCount(0);
		}
		await expect(display.getByTestId('display-responded')).toHaveText('3 responded so far');
		// Nothing yet for the coach: a notice while answering is open would point at the writer.
		await expect(coach.getByTestId('responded')).toHaveText('3');
		await expect(coach.getByTestId('attention')).toHaveCount(0);
	});

	await test.step('at close the coach is told, privately, and sends the support card to every phone', async () => {
		await coach.getByRole('button', { name: 'Close answering' }).click();
		await expect(coach.getByTestId('attention')).toContainText('An answer may need attention');
		await expect(display.getByText('Answering has closed.')).toBeVisible();
		await expect(display.getByText(/attention/i)).toHaveCount(0);
		await expectNoAxeViolations(coach);
		await coach.getByRole('button', { name: 'Send the support card to every phone' }).click();
		for (const p of phones) {
			await expect(p.getByTestId('room-card')).toContainText('Support, whenever you need it');
		}
		await expect(display.getByText(/support/i)).toHaveCount(0);
		await expectNoAxeViolations(b);
	});

	await test.step('revealed results leave out the flagged answer, and a hidden one disappears everywhere', async () => {
		await coach.getByRole('button', { name: 'Reveal to the room' }).click();
		const wall = display.getByTestId('display-results');
		await expect(wall).toContainText('Too many nights in a row.');
		await expect(wall).not.toContainText('better off without me');
		for (const p of phones)
			await expect(p.locator('[data-state="released"]')).not.toContainText('better off');
		// The coach sees it, marked hidden.
		// Open by itself, since something in it is kept off the room.
		await expect(coach.getByText('What the room sees')).toBeVisible();
		const flagged = coach
			.locator('.moderation-list li')
			.filter({ hasText: 'better off without me' });
		await expect(flagged.getByText('Hidden from the room')).toBeVisible();

		const other = coach.locator('.moderation-list li').filter({ hasText: 'This shift killed me' });
		await other.getByRole('button', { name: /^Hide/ }).click();
		await expect(other.getByText('Hidden from the room')).toBeVisible();
		await expect(wall).not.toContainText('This shift killed me');
		for (const p of phones)
			await expect(p.locator('[data-state="released"]')).not.toContainText('This shift killed me');
		await expect(wall).toContainText('Too many nights in a row.');

		for (const size of [
			{ width: 1920, height: 1080 },
			{ width: 1280, height: 720 }
		]) {
			await display.setViewportSize(size);
			const sizes = await displaySizes(display);
			expect(sizes.heading, 'prompt size').toBeGreaterThanOrEqual(50);
			expect(sizes.overflowX, 'no sideways scroll').toBeLessThanOrEqual(0);
			await display.screenshot({ path: testInfo.outputPath(`display-results-${size.width}.png`) });
		}
		await expectNoAxeViolations(display);
	});

	await test.step('the coach locks the room and makes a new code; the old code stops working', async () => {
		await coach.getByRole('button', { name: 'Lock the room' }).click();
		await expect(coach.getByTestId('locked')).toBeVisible();
		await expect(display.getByText('The room is closed to new phones.')).toBeVisible();
		const late = await (await browser.newContext(PHONE)).newPage();
		await visit(late, `/join/${code}`);
		await expect(late.getByText('not taking new phones')).toBeVisible();

		await coach.getByRole('button', { name: 'Open the room to new phones' }).click();
		await coach.getByRole('button', { name: 'New join code…' }).click();
		await coach.getByRole('button', { name: 'Make a new code' }).click();
		await expect(coach.getByTestId('join-code')).not.toHaveText(code.replace(/(...)/, '$1 '));
		const fresh = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
		await expect(display.getByText(fresh.replace(/(...)/, '$1 '))).toBeVisible();
		await visit(late, `/join/${code}`);
		await expect(late.getByText('does not match a live session')).toBeVisible();
		await joinByCode(late, fresh);
		// Phones already in stayed in.
		await expect(a.getByRole('button', { name: 'Leave session' })).toBeVisible();
	});

	await test.step('the closing card, then the end: the display link stops working', async () => {
		await coach.getByRole('button', { name: 'Show the closing card' }).click();
		for (const p of phones) await expect(p.getByTestId('room-card')).toContainText('Before you go');
		await expect(display.getByRole('heading', { name: 'Before you go' })).toBeVisible();
		await coach.getByRole('button', { name: 'End session…' }).click();
		await coach.getByRole('button', { name: 'End session', exact: true }).click();
		await expect(display.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
		await display.reload();
		await expect(
			display.getByRole('heading', { name: 'This display link does not open a session' })
		).toBeVisible();
	});
});
