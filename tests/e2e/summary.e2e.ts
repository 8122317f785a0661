import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, PHONE, signUpCoach, visit, waitForHydration } from './helpers';

// The third job, as a coach does it after the room has emptied: a session's summary with its
// charts and notes, printed and exported, and the group's trend over three sessions — with a
// gap where a session released nothing. Three phones answer in each session (k = 3).

test.setTimeout(240_000);

const measure = 'How much energy are you bringing into the room today?';
const wordsPrompt = 'One word for how this week felt';
const textPrompt = 'What is one thing you want to keep from today?';

type Answer = string | null; // a check-in label or a text; null: pass

async function joinByCode(page: Page, code: string) {
	await visit(page, `/join/${code}`);
	await page.getByRole('button', { name: 'I understand — join' }).click();
	await expect(page.getByRole('button', { name: 'Leave session' })).toBeVisible();
}

async function answer(page: Page, kind: 'checkin' | 'words' | 'text', value: Answer) {
	if (value === null) {
		await page.getByRole('button', { name: 'Pass' }).click();
		await expect(page.getByText('You passed on this one.')).toBeVisible();
		return;
	}
	if (kind === 'checkin') await page.getByRole('radio', { name: value }).check();
	else if (kind === 'words') await page.getByLabel('Word 1').fill(value);
	else await page.getByRole('textbox').first().fill(value);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /\bSent\./ })).toBeVisible();
}

/** A whole session: prompts added on the draft page, asked, answered by three phones, ended. */
async function runSession(
	browser: Browser,
	coach: Page,
	groupUrl: string,
	title: string,
	steps: { kind: 'checkin' | 'words' | 'text'; text: string; answers: Answer[] }[]
) {
	await visit(coach, groupUrl);
	await coach.getByLabel('Title').fill(title);
	await coach.getByLabel('Answers needed before results are shown').selectOption('3');
	await coach.getByRole('button', { name: 'Create session' }).click();
	await expect(coach.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await waitForHydration(coach);
	for (const step of steps) {
		if (step.kind === 'checkin') {
			await coach.getByPlaceholder('Search prompts').fill('energy');
			await coach.getByRole('button', { name: 'Search', exact: true }).click();
			await coach.getByRole('button', { name: `Add “${step.text}”`, exact: true }).click();
		} else {
			await coach
				.getByLabel('Kind')
				.selectOption({ label: step.kind === 'words' ? 'A few words' : 'Open text' });
			await coach.getByLabel('Prompt', { exact: true }).fill(step.text);
			await coach.getByRole('button', { name: 'Add prompt' }).click();
		}
		await expect(coach.locator('.prompt-list')).toContainText(step.text);
	}
	await coach.getByRole('button', { name: 'Go live' }).click();
	const code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	await expect(coach.getByText('Connected')).toBeVisible();
	const contexts = await Promise.all([1, 2, 3].map(() => browser.newContext(PHONE)));
	const phones = await Promise.all(contexts.map((c) => c.newPage()));
	for (const p of phones) await joinByCode(p, code);
	await expect(coach.getByTestId('joined')).toHaveText('3');
	for (const step of steps) {
		await coach
			.locator('.plan-list')
			.getByRole('button', { name: `Push “${step.text}”` })
			.click();
		for (const [i, p] of phones.entries()) {
			await expect(p.getByRole('heading', { name: step.text })).toBeVisible();
			await answer(p, step.kind, step.answers[i] ?? null);
		}
		await expect(coach.getByTestId('responded')).toHaveText('3');
		await coach.getByRole('button', { name: 'Close answering' }).click();
		await expect(coach.locator('.current [data-state]')).toBeVisible();
	}
	await coach.getByRole('button', { name: 'End session…' }).click();
	await coach.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
	await expect(coach.getByRole('heading', { name: 'What the group shared' })).toBeVisible();
	for (const c of contexts) await c.close();
	return coach.url();
}

test('a coach reviews a session, prints and exports it, and follows the group over weeks', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		acceptDownloads: true
	});
	const coach = await context.newPage();
	await signUpCoach(coach);
	await coach.getByLabel('Name').fill('Night shift circle');
	await coach.getByRole('button', { name: 'Create group' }).click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Night shift circle' })).toBeVisible();
	const groupUrl = new URL(coach.url()).pathname;

	let firstSession = '';
	await test.step('week 1: a check-in, a few words and open text', async () => {
		firstSession = await runSession(browser, coach, groupUrl, 'Week 1', [
			{ kind: 'checkin', text: measure, answers: ['Tired', 'Okay', 'Steady'] },
			{ kind: 'words', text: wordsPrompt, answers: ['heavy', 'heavy', 'hopeful'] },
			{
				kind: 'text',
				text: textPrompt,
				answers: ['That I am not alone in this.', 'A slower morning.', null]
			}
		]);
	});

	await test.step('the summary: counts everywhere, results where k answered, charts', async () => {
		await coach.getByRole('link', { name: 'Open the summary' }).click();
		await expect(coach.getByRole('heading', { level: 1, name: 'Week 1' })).toBeVisible();
		await waitForHydration(coach);
		await expect(coach.getByTestId('phones-joined')).toHaveText('3');
		const checkin = coach.getByRole('article').filter({ hasText: measure });
		await expect(checkin).toContainText('3 answered, 0 passed');
		await expect(checkin).toContainText('Median 3');
		const words = coach.getByRole('article').filter({ hasText: wordsPrompt });
		await expect(words.getByTestId('word-cloud')).toBeVisible();
		await expect(words.getByRole('table')).toContainText('heavy');
		// Two answers and a pass are fewer than k: counts, and why there is nothing more.
		const text = coach.getByRole('article').filter({ hasText: textPrompt });
		await expect(text).toContainText('2 answered, 1 passed');
		await expect(text).toContainText('Fewer than 3 answered, so nothing is shown');
		await expect(text).not.toContainText('A slower morning.');
		await coach.screenshot({ path: 'test-results/summary.png', fullPage: true });
		await expectNoAxeViolations(coach);
	});

	await test.step('notes, kept for the coach alone', async () => {
		await coach.getByLabel('Facilitation notes').fill('Quiet start; the words opened things up.');
		await coach.getByRole('button', { name: 'Save notes' }).click();
		await expect(coach.getByText('Notes saved.')).toBeVisible();
		await coach.reload();
		await expect(coach.getByLabel('Facilitation notes')).toHaveValue(
			'Quiet start; the words opened things up.'
		);
	});

	await test.step('keyboard only: every control of the summary is reachable', async () => {
		await coach.locator('h1').click();
		const reached = new Set<string>();
		for (let i = 0; i < 20; i++) {
			await coach.keyboard.press('Tab');
			reached.add(
				(await coach.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) || '(field)'
			);
		}
		for (const name of ['Download CSV', 'Download JSON', 'Print', 'Save notes']) {
			expect([...reached]).toContain(name);
		}
	});

	await test.step('printed: the page alone, without the site around it', async () => {
		await coach.emulateMedia({ media: 'print' });
		await expect(coach.locator('.site-header')).toBeHidden();
		await expect(coach.getByRole('link', { name: 'Download CSV' })).toBeHidden();
		await expect(coach.getByRole('heading', { level: 1, name: 'Week 1' })).toBeVisible();
		const pdf = await coach.pdf().catch(() => null);
		if (pdf) expect(pdf.length).toBeGreaterThan(1000);
		await coach.emulateMedia({ media: 'screen' });
	});

	await test.step('exports: the stored aggregates, with the page’s suppression', async () => {
		const [csvDownload] = await Promise.all([
			coach.waitForEvent('download'),
			coach.getByRole('link', { name: 'Download CSV' }).click()
		]);
		expect(csvDownload.suggestedFilename()).toMatch(
			/^huddle-night-shift-circle-week-1-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
		expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
			'session_started,session_title,order,round,kind,prompt,answered,passed,released,item,count,median,lower,upper'
		);
		expect(csv).toContain('heavy,2');
		expect(csv).not.toContain('A slower morning.');
		const [jsonDownload] = await Promise.all([
			coach.waitForEvent('download'),
			coach.getByRole('link', { name: 'Download JSON' }).click()
		]);
		const json = JSON.parse(fs.readFileSync((await jsonDownload.path())!, 'utf8'));
		expect(json).toMatchObject({ format: 'huddle.session-summary', version: 1 });
		expect(json.session.prompts).toHaveLength(3);
		expect(json.session.prompts[2]).toMatchObject({ released: false, results: null, passed: 1 });
	});

	await test.step('weeks 2 and 3: the same measure, and a week that released nothing', async () => {
		await runSession(browser, coach, groupUrl, 'Week 2', [
			{ kind: 'checkin', text: measure, answers: ['Okay', null, null] }
		]);
		await runSession(browser, coach, groupUrl, 'Week 3', [
			{ kind: 'checkin', text: measure, answers: ['Steady', 'Steady', 'Rested'] }
		]);
	});

	await test.step('the trend: one line with a gap, and every figure in a table', async () => {
		await visit(coach, groupUrl);
		// The group's page: its written answers can be kept for less than the default.
		await coach.getByLabel('Keep written answers for').selectOption({ label: '30 days' });
		await coach
			.getByRole('region', { name: 'Written answers' })
			.getByRole('button', { name: 'Save' })
			.click();
		await expect(
			coach.getByText('Saved. This applies to every session of the group.')
		).toBeVisible();
		await expectNoAxeViolations(coach);
		await coach.getByRole('link', { name: 'How the group is doing over time' }).click();
		await expect(
			coach.getByRole('heading', { level: 1, name: 'How the group is doing over time' })
		).toBeVisible();
		await waitForHydration(coach);
		// (The chart library is what this page loads and a phone's pages do not: see below.)
		await expect(coach.locator('svg.lc-layout-svg')).toHaveCount(1);
		const chart = coach.getByTestId('trend-chart');
		await expect(chart).toHaveCount(1);
		await expect(chart).toHaveAttribute('aria-label', /Trend of “How much energy/);
		await expect(chart.locator('svg').first()).toBeVisible();
		await coach.screenshot({ path: 'test-results/trends.png', fullPage: true });
		const rows = coach.getByRole('article').getByRole('row');
		await expect(rows).toHaveCount(4);
		await expect(rows.nth(2)).toContainText('No result: fewer answered than needed');
		await expect(rows.nth(1)).toContainText('3');
		await expect(rows.nth(3)).toContainText('4');
		await expectNoAxeViolations(coach);
		const [groupJson] = await Promise.all([
			coach.waitForEvent('download'),
			coach.getByRole('link', { name: 'Download all as JSON' }).click()
		]);
		const json = JSON.parse(fs.readFileSync((await groupJson.path())!, 'utf8'));
		expect(json.sessions).toHaveLength(3);
		expect(json.measures[0].points.map((p: { state: string }) => p.state)).toEqual([
			'released',
			'no_release',
			'released'
		]);
	});
	void firstSession;
	await context.close();
});

test('a coach makes a check-in of their own a measure, and rewording it makes version 2', async ({
	page
}) => {
	await signUpCoach(page);
	await visit(page, '/prompts/new');
	await page.getByLabel('Kind').selectOption({ label: 'Check-in' });
	await page.getByLabel('Prompt', { exact: true }).fill('How rested do you feel tonight?');
	await page
		.getByLabel('Five labels, one per line, from lowest to highest')
		.fill('Worn out\nTired\nOkay\nRested\nFresh');
	await page.getByRole('button', { name: 'Create prompt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit prompt' })).toBeVisible();
	await waitForHydration(page);
	await page.getByLabel('Use as a measure for trends').check();
	await page.getByRole('button', { name: 'Save measure setting' }).click();
	await expect(page.getByText('It is a measure now')).toBeVisible();
	await expect(page.locator('.badge', { hasText: 'Measure' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Prompt', { exact: true }).fill('How rested do you feel this evening?');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/\/prompts\/[0-9a-f-]{36}\?version=1$/);
	await expect(page.getByText('This is version 2 of the measure.')).toBeVisible();
	await expect(page.locator('.badge', { hasText: 'Measure, version 2' })).toBeVisible();
});

test('a phone downloads none of the chart library the coach pages use', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	for (const path of ['/join', '/join/ZZZZZZ', '/privacy']) await visit(page, path);
	expect(scripts.length).toBeGreaterThan(3);
	// LayerChart's own class names are in its code; none of it reaches a participant's phone.
	expect(scripts.filter((code) => code.includes('lc-layout-svg'))).toEqual([]);
	await context.close();
});
