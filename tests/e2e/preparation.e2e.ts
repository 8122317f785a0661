import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
	expectFitsScreen,
	expectNoAxeViolations,
	PHONE,
	signUpCoach,
	visit,
	waitForHydration
} from './helpers';

// A new coach's preparation, without friction: a session started from a plan's own page,
// copies of a ready plan that can be told apart, a draft's search that shows each prompt's
// kind and what is already in the session; and on the phone, a short consent card, a calm
// word for a wrong code, and scale chips and a histogram that stay legible at 200% text.

test.setTimeout(180_000);

const READY_PLAN = 'First session: noticing';
const UUID = '[0-9a-f-]{36}';

/** Copies a ready plan from /plans with its "Use this plan" button and returns the copy's title. */
async function copyReadyPlan(page: Page, title: string) {
	await visit(page, '/plans');
	// The accessible name reads "Use this plan “…”", without a stray " : ".
	await page.getByRole('button', { name: `Use this plan “${title}”`, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/plans/${UUID}\\?copied=1$`));
	await waitForHydration(page);
	return (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
}

const startSection = (page: Page) =>
	page.getByRole('region', { name: 'Start a session with this plan' });

/** Two boxes side by side overlap unless one ends before the other begins. */
function overlapping(a: { x: number; width: number }, b: { x: number; width: number }): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width;
}

test('a coach starts a session from a plan’s page, and copies of a ready plan are told apart', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await signUpCoach(page);

	// ---- Two copies of one ready plan get titles of their own ----
	expect(await copyReadyPlan(page, READY_PLAN)).toBe(`${READY_PLAN} (my copy)`);
	const planPath = new URL(page.url()).pathname;
	const steps = await page.locator('ol.steps > li .step-text').allTextContents();
	expect(steps.length).toBeGreaterThanOrEqual(3);
	expect(await copyReadyPlan(page, READY_PLAN)).toBe(`${READY_PLAN} (my copy 2)`);

	// ---- No group yet: the plan's page offers to name one; bad input is refused clearly ----
	await visit(page, planPath);
	const start = startSection(page);
	await expect(start.getByLabel('Session name')).toHaveValue(READY_PLAN);
	await expect(start.getByRole('link', { name: 'create a group on your dashboard' })).toBeVisible();
	await start.getByLabel('Session name').fill('   ');
	await start.getByRole('button', { name: 'Create the session' }).click();
	await expect(start.getByText('Give the group a name.')).toBeVisible();
	await expect(start.getByText('Give the session a title.')).toBeVisible();
	await expect(start.getByLabel('New group’s name')).toHaveAttribute('aria-invalid', 'true');
	await expect(start.getByLabel('Session name')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	await start.getByLabel('New group’s name').fill('Tuesday circle');
	await start.getByLabel('Session name').fill('Week 1 — noticing');
	await start.getByLabel('Answers needed before results are shown').selectOption('3');
	await start.getByRole('button', { name: 'Create the session' }).click();
	await expect(page).toHaveURL(new RegExp(`/sessions/${UUID}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'Week 1 — noticing' })).toBeVisible();
	await expect(page.getByText('Results shown from 3 answers')).toBeVisible();
	await expect(page.getByRole('link', { name: '← Tuesday circle' })).toBeVisible();
	// The draft holds the plan's steps, in order.
	const draftTexts = await page
		.locator('.prompt-list > li .prompt-item > span:first-child')
		.allTextContents();
	expect(draftTexts.map((t) => t.replace(/^\d+\.\s*/, '').replace(/\s*\([^)]*\)\s*$/, ''))).toEqual(
		steps
	);

	// ---- The group's picker tells the coach's copies from the ready plans ----
	await page.getByRole('link', { name: '← Tuesday circle' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tuesday circle' })).toBeVisible();
	const picker = page.getByLabel('Start from a plan (optional)');
	const yours = picker.locator('optgroup[label="Your plans"] > option');
	await expect(yours).toHaveCount(2);
	for (const title of [`${READY_PLAN} (my copy)`, `${READY_PLAN} (my copy 2)`]) {
		await expect(yours.filter({ hasText: `${title} (${steps.length} prompts` })).toHaveCount(1);
	}
	await expect(
		picker.locator('optgroup[label="Ready plans"] > option', {
			hasText: `${READY_PLAN} (${steps.length} prompts`
		})
	).toHaveCount(1);
	await expect(page.locator('.session-list li')).toHaveCount(1);

	// ---- The dashboard counts what is live, not every session ----
	await visit(page, '/dashboard');
	await expect(page.locator('.group-list li')).toContainText('1 session, none live');
	await expect(page.getByText('Live now')).toHaveCount(0);

	// ---- Without JavaScript, from a ready plan's own page, into the group that now exists ----
	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await context.storageState()
	});
	const plain = await noScript.newPage();
	await plain.goto('/plans');
	await plain.getByRole('link', { name: READY_PLAN, exact: true }).click();
	await expect(plain.getByRole('heading', { level: 1, name: READY_PLAN })).toBeVisible();
	const plainStart = startSection(plain);
	await expect(plainStart.getByLabel('Group')).toHaveValue(/.+/);
	await plainStart.getByLabel('Session name').fill('');
	await plainStart.getByRole('button', { name: 'Create the session' }).click();
	await expect(plainStart.getByText('Give the session a title.')).toBeVisible();
	await plainStart.getByLabel('Session name').fill('Week 2 — from the ready plan');
	await plainStart.getByRole('button', { name: 'Create the session' }).click();
	await expect(plain).toHaveURL(new RegExp(`/sessions/${UUID}$`));
	await expect(
		plain.getByRole('heading', { level: 1, name: 'Week 2 — from the ready plan' })
	).toBeVisible();
	await expect(plain.locator('.prompt-list > li')).toHaveCount(steps.length);
	await noScript.close();

	// Now two sessions in the group, still none live.
	await visit(page, '/dashboard');
	await expect(page.locator('.group-list li')).toContainText('2 sessions, none live');
	await context.close();
});

test('the draft’s search shows each prompt’s kind and marks what is already in the session', async ({
	page
}) => {
	await signUpCoach(page);
	await copyReadyPlan(page, READY_PLAN);
	const steps = await page.locator('ol.steps > li .step-text').allTextContents();
	const start = startSection(page);
	await start.getByLabel('New group’s name').fill('Search circle');
	await start.getByRole('button', { name: 'Create the session' }).click();
	await expect(page).toHaveURL(new RegExp(`/sessions/${UUID}$`));
	await waitForHydration(page);

	// The plan's first prompt is already in the draft: marked, and not offered again.
	const first = steps[0]!;
	const search = async (q: string) => {
		await page.getByRole('searchbox', { name: 'Search prompts' }).fill(q);
		await page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=/);
	};
	await search(first.slice(0, 40));
	const results = page.locator('.library-results > li');
	const already = results.filter({ hasText: first });
	await expect(already).toHaveCount(1);
	await expect(already.getByText('In this session')).toBeVisible();
	await expect(already.getByRole('button', { name: `Add “${first}”` })).toHaveCount(0);
	// Every result says its kind.
	const kinds = /Open text|Scale|Single choice|Multiple choice|A few words|Check-in|Moment/;
	for (const row of await results.all())
		await expect(row.locator('.badge').first()).toHaveText(kinds);
	await expectNoAxeViolations(page);

	// A prompt not in the session can be added once; then it is marked too.
	await search('friend');
	const fresh = results.filter({ hasNot: page.getByText('In this session') }).first();
	const text = (await fresh.locator('.result-item > span').first().textContent())!.trim();
	await fresh.getByRole('button', { name: `Add “${text}”` }).click();
	await expect(page.locator('.prompt-list')).toContainText(text);
	await search('friend');
	const added = results.filter({ hasText: text });
	await expect(added.getByText('In this session')).toBeVisible();
	await expect(added.getByRole('button', { name: `Add “${text}”` })).toHaveCount(0);
	await expect(page.locator('.prompt-list > li', { hasText: text })).toHaveCount(1);

	// Disabled move arrows look set aside (no fill), the others pressable (a filled outline).
	const arrows = page.locator('.prompt-list .move-button');
	const look = (arrow: Locator) =>
		arrow.evaluate((el) => {
			const style = getComputedStyle(el);
			return { background: style.backgroundColor, border: style.borderTopStyle };
		});
	const topUp = await look(arrows.first());
	const topDown = await look(arrows.nth(1));
	expect(topUp).toEqual({ background: 'rgba(0, 0, 0, 0)', border: 'dashed' });
	expect(topDown.border).toBe('solid');
	expect(topDown.background).not.toBe('rgba(0, 0, 0, 0)');
});

async function joinByCode(browser: Browser, code: string) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await visit(page, `/join/${code}`);
	await page.getByRole('button', { name: 'I understand — join' }).click();
	await expect(page.getByRole('button', { name: 'Leave session' })).toBeVisible();
	return page;
}

test('on a phone: a calm wrong-code line, a short consent card, and 200% text that stays legible', async ({
	browser
}) => {
	// ---- A wrong code: one calm line, the field marked invalid and described by it ----
	const phoneContext = await browser.newContext(PHONE);
	const a = await phoneContext.newPage();
	await visit(a, '/join');
	await a.getByLabel('Code').fill('ZZZ ZZZ');
	await a.getByRole('button', { name: 'Continue' }).click();
	const message = a.locator('#code-error');
	await expect(message).toHaveText(
		'That code does not match a live session. Check it with your coach.'
	);
	await expect(a.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
	await expect(a.getByLabel('Code')).toHaveAttribute('aria-describedby', 'code-error');
	expect(await message.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
	await expectNoAxeViolations(a);

	// ---- The coach: a draft from a ready plan, a 0–10 scale added, k = 3, live ----
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const coach = await coachContext.newPage();
	await signUpCoach(coach);
	await copyReadyPlan(coach, READY_PLAN);
	const start = startSection(coach);
	await start.getByLabel('New group’s name').fill('Night shift circle');
	await start.getByLabel('Session name').fill('Week 4');
	await start.getByLabel('Answers needed before results are shown').selectOption('3');
	await start.getByRole('button', { name: 'Create the session' }).click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Week 4' })).toBeVisible();
	await waitForHydration(coach);
	const question = 'How full is your tank tonight?';
	await coach.getByLabel('Kind').selectOption({ label: 'Scale' });
	await coach.getByLabel('Prompt', { exact: true }).fill(question);
	await coach.getByLabel('Lowest value').fill('0');
	await coach.getByLabel('Highest value').fill('10');
	await coach.getByLabel('Label at the lowest end').fill('empty');
	await coach.getByLabel('Label at the highest end').fill('full');
	await coach.getByRole('button', { name: 'Add prompt' }).click();
	await expect(coach.locator('.prompt-list')).toContainText(question);
	await coach.getByRole('button', { name: 'Go live' }).click();
	await expect(coach.getByText('Connected')).toBeVisible();
	const code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	// "End session…" sits with the room's status, not alone under the page.
	await expect(
		coach.getByRole('region', { name: 'The room' }).getByRole('button', { name: 'End session…' })
	).toBeVisible();
	// A long plan scrolls inside its panel: the search and "Add a prompt" stay in sight.
	const planPanel = coach.getByRole('region', { name: 'Prompts' });
	await planPanel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
	await expect.poll(() => planPanel.locator('.plan-list > li').count()).toBeGreaterThan(5);
	await expect(planPanel.getByText('Add a prompt', { exact: true })).toBeInViewport();
	await expect(planPanel.getByLabel('Search the library')).toBeInViewport();

	// ---- The consent card: three things first, the rest behind "More about privacy" ----
	await visit(a, `/join/${code}`);
	const consent = a.locator('.consent');
	const lead = consent.locator(':scope > ul > li');
	await expect(lead).toHaveCount(3);
	await expect(lead.nth(0)).toContainText('anonymous');
	await expect(lead.nth(1)).toContainText('Passing is always fine');
	await expect(lead.nth(2)).toContainText('screened for signs of crisis');
	await expect(consent).toContainText('No phone has joined yet.');
	const more = consent.locator('details');
	await expect(more.locator('summary')).toHaveText('More about privacy');
	await expect(more).not.toHaveAttribute('open');
	await expect(consent.getByText('The honest limits')).toBeHidden();
	// What a person reads before joining is short.
	const words = (
		await consent.evaluate((el) =>
			[...el.querySelectorAll(':scope > ul, :scope > p')].map((n) => n.textContent).join(' ')
		)
	)
		.split(/\s+/)
		.filter(Boolean).length;
	expect(words).toBeLessThan(70);
	await expectNoAxeViolations(a);
	await more.locator('summary').click();
	await expect(consent.getByText('The honest limits')).toBeVisible();
	await expect(consent.getByRole('link', { name: 'The full privacy notice' })).toBeVisible();
	await expectNoAxeViolations(a);
	await a.getByRole('button', { name: 'I understand — join' }).click();
	await expect(a.getByRole('button', { name: 'Leave session' })).toBeVisible();
	const b = await joinByCode(browser, code);
	const c = await joinByCode(browser, code);
	await expect(coach.getByTestId('joined')).toHaveText('3');

	// ---- 200% text on the phone: every scale chip holds its number ----
	await a.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	const push = coach.locator('.plan-list').getByRole('button', { name: `Push “${question}”` });
	await push.click();
	await expect(a.getByRole('heading', { name: question })).toBeVisible();
	const chips = a.locator('.scale-options .chip');
	await expect(chips).toHaveCount(11);
	const spill = await chips.evaluateAll((els) =>
		els
			.filter((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)
			.map((el) => el.textContent?.trim())
	);
	expect(spill, 'scale chips whose number spills out').toEqual([]);
	await expectFitsScreen(a);
	await expectNoAxeViolations(a);

	// ---- Below k: one answer and two passes; passes do not count toward k, and it says so ----
	await a.getByRole('radio', { name: /^7/ }).check();
	await a.getByRole('button', { name: 'Send', exact: true }).click();
	for (const p of [b, c]) await p.getByRole('button', { name: 'Pass', exact: true }).click();
	await expect(coach.getByTestId('responded')).toHaveText('3');
	await coach.getByRole('button', { name: 'Close answering' }).click();
	await expect(coach.locator('[data-state="below_k"]')).toContainText(
		'Passes do not count toward the 3.'
	);
	await expect(a.locator('[data-state="below_k"]')).toContainText(
		'Passes do not count toward the 3.'
	);

	// ---- A new round that releases: the histogram's axis labels never run together ----
	await coach.getByRole('button', { name: 'Ask again (new round)' }).click();
	await expect(a.getByRole('radio', { name: /^10/ })).toBeVisible();
	for (const [p, value] of [
		[a, /^10/],
		[b, /^9/],
		[c, /^1\b/]
	] as const) {
		await p.getByRole('radio', { name: value }).check();
		await p.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(p.getByRole('status').filter({ hasText: /\bSent\./ })).toBeVisible();
	}
	await coach.getByRole('button', { name: 'Close answering' }).click();
	await coach.getByRole('button', { name: 'Reveal to the room' }).click();
	const histogram = a.getByTestId('histogram');
	await expect(histogram).toBeVisible();
	const labelBoxes = async () => {
		const labels = histogram.locator('.column-value:not(.label-probe)');
		const boxes = [];
		for (const label of await labels.all()) {
			if (((await label.textContent()) ?? '').trim() === '') continue;
			const text = (await label.textContent())!.trim();
			const range = await label.evaluate((el) => {
				const r = document.createRange();
				r.selectNodeContents(el);
				const box = r.getBoundingClientRect();
				return { x: box.x, width: box.width };
			});
			boxes.push({ text, ...range });
		}
		return boxes;
	};
	await expect
		.poll(
			async () => {
				const boxes = await labelBoxes();
				const clashes = [];
				for (let i = 1; i < boxes.length; i++) {
					if (overlapping(boxes[i - 1]!, boxes[i]!))
						clashes.push(`${boxes[i - 1]!.text}|${boxes[i]!.text}`);
				}
				return { ends: [boxes[0]?.text, boxes.at(-1)?.text], clashes };
			},
			{ message: 'axis labels that run together' }
		)
		.toEqual({ ends: ['0', '10'], clashes: [] });
	await expectFitsScreen(a);
	await expectNoAxeViolations(a);

	// ---- The ended record says when the session ran ----
	await coach.getByRole('button', { name: 'End session…' }).click();
	await coach.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
	await expect(coach.getByRole('heading', { name: 'What the group shared' })).toBeVisible();
	await expect(coach.getByTestId('ran-at')).toHaveText(
		/^Ran on \w+day, \w+ \d{1,2}, \d{4}, from \d{1,2}:\d{2}\s?[AP]M to \d{1,2}:\d{2}\s?[AP]M\.$/
	);
	await expectNoAxeViolations(coach);

	// The group's list: the date, a separator with room on both sides, and who joined.
	await coach.getByRole('link', { name: '← Night shift circle' }).click();
	await expect(coach.locator('.session-list li .muted')).toHaveText(
		/^\w{3} \d{1,2}, \d{4} · 3 joined$/
	);
	await visit(coach, '/dashboard');
	await expect(coach.locator('.group-list li')).toContainText('1 session, none live');

	for (const p of [a, b, c]) await p.context().close();
	await coachContext.close();
});

test('the prompts page’s theme filter shows its longest theme whole, at 100% and 200% text', async ({
	page
}) => {
	await signUpCoach(page);
	await visit(page, '/prompts?theme=perfectionism');
	const select = page.getByLabel('Theme');
	await expect(select).toHaveValue('perfectionism');
	/** How much wider the chosen theme is than the room the select gives it (≤ 0: it fits). */
	const shortfall = () =>
		select.evaluate((el) => {
			const s = el as HTMLSelectElement;
			const style = getComputedStyle(s);
			const canvas = document.createElement('canvas').getContext('2d')!;
			canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const text = canvas.measureText(s.selectedOptions[0]!.text).width;
			const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
			// The drop-down arrow takes about one line's height at the end.
			const arrow = parseFloat(style.fontSize) * 1.25;
			return text + padding + arrow - s.clientWidth;
		});
	expect(await shortfall()).toBeLessThanOrEqual(0);
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	expect(await shortfall()).toBeLessThanOrEqual(0);
	await expectFitsScreen(page);
	await page.evaluate(() => (document.documentElement.style.fontSize = ''));
	await expectNoAxeViolations(page);
});
