import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, PHONE, signUpCoach, visit, waitForHydration } from './helpers';

// A coach prepares a session from the library in a few minutes and runs it: finds a prompt
// by theme, copies and rewords it, makes a ready plan their own, reorders it with the
// keyboard only and by drag, and runs a live session from it with a phone answering.

test.setTimeout(180_000);

const reworded = 'What would you say to a friend who had the week you had?';
const planTitle = 'Week 1 — our own arc';

async function joinByCode(page: Page, code: string) {
	await visit(page, '/join');
	await page.getByLabel('Code').fill(code.toLowerCase().replace(/(...)/, '$1 '));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
	await waitForHydration(page);
	await page.getByRole('button', { name: 'I understand — join' }).click();
	await expect(page.getByRole('heading', { name: "You're in" })).toBeVisible();
}

/** Answers whatever kind of prompt is on the phone, as a participant would. */
async function answerPrompt(page: Page) {
	const radios = page.getByRole('radio');
	const boxes = page.getByRole('checkbox');
	if ((await radios.count()) > 0) await radios.first().check();
	else if ((await boxes.count()) > 0) await boxes.first().check();
	else if ((await page.getByLabel('Word 1').count()) > 0)
		await page.getByLabel('Word 1').fill('steady');
	else await page.getByRole('textbox').first().fill('Slowly finding my feet again.');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: /\bSent\./ })).toBeVisible();
}

const stepTexts = (page: Page) => page.locator('ol.steps > li .step-text').allTextContents();

test('a coach builds a session from the library and runs it', async ({ browser }) => {
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const coach = await coachContext.newPage();
	await signUpCoach(coach);

	// ---- Find a prompt by theme, copy it and reword it ----
	await coach
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Prompts' })
		.click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Prompts' })).toBeVisible();
	await coach.getByLabel('Theme').selectOption({ label: 'Self-compassion' });
	await coach.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(coach).toHaveURL(/[?&]theme=self-compassion/);
	const cards = coach.locator('.prompt-card');
	await expect(cards.first()).toBeVisible();
	const themes = await cards.locator('.meta .muted').allTextContents();
	expect(new Set(themes)).toEqual(new Set(['Self-compassion']));
	await expect(coach.getByTestId('result-count')).toHaveText(
		`${themes.length} prompts match your search.`
	);
	const libraryTexts = await cards.locator('h3').allTextContents();
	await expectNoAxeViolations(coach);

	// The library prompt's own page is read-only.
	await cards.first().getByRole('link', { name: libraryTexts[0]! }).click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Library prompt' })).toBeVisible();
	await expect(coach.getByLabel('Prompt', { exact: true })).toHaveCount(0);
	await expectNoAxeViolations(coach);
	await coach.getByRole('button', { name: 'Copy to my prompts' }).click();

	await expect(coach).toHaveURL(/\/prompts\/[0-9a-f-]{36}\?copied=1$/);
	await expect(coach.getByRole('heading', { level: 1, name: 'Edit prompt' })).toBeVisible();
	await expect(coach.getByText('This is your own copy.')).toBeVisible();
	await expect(coach.getByLabel('Prompt', { exact: true })).toHaveValue(libraryTexts[0]!);
	await expect(coach.getByLabel('Theme (optional)')).toHaveValue('self-compassion');
	await coach.getByLabel('Prompt', { exact: true }).fill(reworded);
	await coach.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(coach.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await expect(
		coach.getByText('Sessions that already asked this prompt keep the wording they used.')
	).toBeVisible();
	await expectNoAxeViolations(coach);
	await coach.reload();
	await waitForHydration(coach);
	await expect(coach.getByLabel('Prompt', { exact: true })).toHaveValue(reworded);

	// The copy is among the coach's own; the library prompt is unchanged.
	await visit(coach, '/prompts?scope=mine');
	await expect(coach.locator('.prompt-card h3')).toHaveText([reworded]);
	await visit(coach, '/prompts?scope=library&theme=self-compassion');
	await expect(coach.locator('.prompt-card h3')).toHaveText(libraryTexts);

	// ---- A ready plan becomes the coach's own ----
	await coach
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Plans' })
		.click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
	await expectNoAxeViolations(coach);
	const ready = coach
		.locator('.plan-card')
		.filter({ has: coach.getByRole('heading', { name: 'First session: noticing' }) });
	await ready.getByRole('button', { name: /^Use this plan/ }).click();
	await expect(coach).toHaveURL(/\/plans\/[0-9a-f-]{36}\?copied=1$/);
	await expect(
		coach.getByRole('heading', { level: 1, name: 'First session: noticing' })
	).toBeVisible();
	const before = await stepTexts(coach);
	expect(before.length).toBeGreaterThanOrEqual(5);
	await expectNoAxeViolations(coach);

	// ---- Reorder with the keyboard only ----
	const [first, second, ...rest] = before as [string, string, ...string[]];
	const moveDown = coach.getByRole('button', { name: `Move down “${first}”`, exact: true });
	await moveDown.focus();
	await coach.keyboard.press('Enter');
	await expect(coach.getByTestId('steps-status')).toHaveText(
		`“${first}” moved to position 2 of ${before.length}.`
	);
	await expect.poll(() => stepTexts(coach)).toEqual([second, first, ...rest]);
	await expect(moveDown).toBeFocused();
	// Again, then back up one with the step's own "Move up", reached by keyboard.
	await coach.keyboard.press('Enter');
	await expect(coach.getByTestId('steps-status')).toHaveText(
		`“${first}” moved to position 3 of ${before.length}.`
	);
	await expect(moveDown).toBeFocused();
	await coach.keyboard.press('Shift+Tab');
	const moveUp = coach.getByRole('button', { name: `Move up “${first}”`, exact: true });
	await expect(moveUp).toBeFocused();
	await coach.keyboard.press('Enter');
	await expect(coach.getByTestId('steps-status')).toHaveText(
		`“${first}” moved to position 2 of ${before.length}.`
	);
	await expect(moveUp).toBeFocused();
	await expect.poll(() => stepTexts(coach)).toEqual([second, first, ...rest]);
	// At the top, "Move up" stays in reach and says so rather than vanishing from under focus.
	await coach.keyboard.press('Enter');
	await expect(coach.getByTestId('steps-status')).toHaveText(
		`“${first}” moved to position 1 of ${before.length}.`
	);
	await expect(moveUp).toBeFocused();
	await coach.keyboard.press('Enter');
	await expect(coach.getByTestId('steps-status')).toHaveText(`“${first}” is already first.`);
	await expect(moveUp).toBeFocused();
	await expect.poll(() => stepTexts(coach)).toEqual(before);

	// ---- And by drag, with the mouse: the second step goes to the top ----
	await coach
		.locator('ol.steps > li')
		.nth(1)
		.locator('.handle')
		.dragTo(coach.locator('ol.steps > li').first(), { targetPosition: { x: 40, y: 5 } });
	await expect(coach.getByTestId('steps-status')).toHaveText(
		`“${second}” moved to position 1 of ${before.length}.`
	);
	await expect.poll(() => stepTexts(coach)).toEqual([second, first, ...rest]);
	await coach.reload();
	await waitForHydration(coach);
	await expect.poll(() => stepTexts(coach)).toEqual([second, first, ...rest]);

	// ---- Add the reworded prompt, note a step, and name the plan ----
	await coach.getByLabel('Words').fill('friend who had the week');
	await coach.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(coach).toHaveURL(/[?&]q=friend/);
	await coach.getByRole('button', { name: `Add “${reworded}”`, exact: true }).click();
	const count = before.length + 1;
	await expect(coach.getByText(`Added “${reworded}” as step ${count} of ${count}.`)).toBeVisible();
	await expect.poll(() => stepTexts(coach)).toEqual([second, first, ...rest, reworded]);
	await coach
		.getByRole('textbox', { name: `Step note for “${reworded}”` })
		.fill('Leave a long pause after this one.');
	await coach.getByRole('button', { name: `Save note for “${reworded}”`, exact: true }).click();
	await expect(coach.getByText('Note saved.')).toBeVisible();
	await coach.getByLabel('Title').fill(planTitle);
	await coach.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(coach.getByText('Saved.', { exact: true })).toBeVisible();
	await expect(coach.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
	await expectNoAxeViolations(coach);
	const planSteps = await stepTexts(coach);
	const planPath = new URL(coach.url()).pathname;

	// ---- A live session from the plan ----
	await visit(coach, '/dashboard');
	await coach.getByLabel('Name').fill('Spring circle');
	await coach.getByRole('button', { name: 'Create group' }).click();
	await expect(coach.getByRole('heading', { level: 1, name: 'Spring circle' })).toBeVisible();
	await waitForHydration(coach);
	await coach.getByLabel('Title').fill('Week 1 — from the plan');
	await coach.getByLabel('Answers needed before results are shown').selectOption('3');
	// The picker's line also gives the plan's estimated length: find it by title and size.
	const picker = coach.getByLabel('Start from a plan (optional)');
	const planOption = picker.locator('option', {
		hasText: `${planTitle} (${planSteps.length} prompts`
	});
	await picker.selectOption((await planOption.getAttribute('value'))!);
	await coach.getByRole('button', { name: 'Create session' }).click();
	await expect(
		coach.getByRole('heading', { level: 1, name: 'Week 1 — from the plan' })
	).toBeVisible();
	await waitForHydration(coach);
	await coach.getByRole('button', { name: 'Go live' }).click();
	const code = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
	await expect(coach.getByText('Connected')).toBeVisible();
	// The console's copy of the plan is its prompt list (a step number may lead each line).
	const consoleTexts = async () =>
		(await coach.locator('.plan-list .plan-text').allTextContents()).map((t) =>
			t.replace(/^\d+\.\s*/, '').trim()
		);
	await expect.poll(consoleTexts).toEqual(planSteps);

	// One phone joins and answers the first prompt.
	const phoneContext = await browser.newContext(PHONE);
	const participant = await phoneContext.newPage();
	await joinByCode(participant, code);
	await expect(coach.getByTestId('joined')).toHaveText('1');
	await coach
		.locator('.plan-list')
		.getByRole('button', { name: `Push “${planSteps[0]}”` })
		.click();
	await expect(coach.getByTestId('current-prompt')).toHaveText(planSteps[0]!);
	await expect(participant.getByRole('heading', { name: planSteps[0]! })).toBeVisible();
	await answerPrompt(participant);
	await expect(coach.getByTestId('responded')).toHaveText('1');

	// Mid-session, the coach finds a library prompt from the console and pushes it.
	const onTheFly = libraryTexts.find((t) => t !== libraryTexts[0] && !planSteps.includes(t))!;
	expect(onTheFly).toBeTruthy();
	await coach.getByLabel('Search the library').fill(onTheFly.slice(0, 60));
	await coach
		.locator('form.library-search')
		.getByRole('button', { name: 'Search', exact: true })
		.click();
	await coach.getByRole('button', { name: `Add “${onTheFly}”`, exact: true }).click();
	await expect(coach.locator('.plan-list')).toContainText(onTheFly);
	await coach
		.locator('.plan-list')
		.getByRole('button', { name: `Push “${onTheFly}”` })
		.click();
	await expect(coach.getByTestId('current-prompt')).toHaveText(onTheFly);
	await expect(participant.getByRole('heading', { name: onTheFly })).toBeVisible();
	await expect(coach.getByTestId('responded')).toHaveText('0');
	await answerPrompt(participant);
	await expect(coach.getByTestId('responded')).toHaveText('1');

	// The plan itself is untouched by what happened in the session.
	await visit(coach, planPath);
	await expect.poll(() => stepTexts(coach)).toEqual(planSteps);
	await phoneContext.close();
	await coachContext.close();
});

test('the prompt editor refuses bad input field by field and stores nothing', async ({ page }) => {
	await signUpCoach(page);
	await visit(page, '/prompts/new');
	await expectNoAxeViolations(page);

	const submit = () => page.getByRole('button', { name: 'Create prompt' }).click();
	const text = page.getByLabel('Prompt', { exact: true });

	await page.getByLabel('Kind').selectOption({ label: 'Single choice' });
	await text.fill('Only one way to feel?');
	await page.getByLabel('Options, one per line').fill('Just this');
	await submit();
	await expect(page.getByText('Give between 2 and 8 options.')).toBeVisible();
	await expect(page.getByLabel('Options, one per line')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	await page.getByLabel('Kind').selectOption({ label: 'Scale' });
	await text.fill('How steady do you feel?');
	await page.getByLabel('Lowest value').fill('5');
	await page.getByLabel('Highest value').fill('5');
	await page.getByLabel('Label at the lowest end').fill('shaky');
	await page.getByLabel('Label at the highest end').fill('steady');
	await submit();
	await expect(page.getByText('The highest value needs to be above the lowest.')).toBeVisible();
	await expect(page.getByLabel('Highest value')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Kind').selectOption({ label: 'Check-in' });
	await text.fill('How are you arriving?');
	await page
		.getByLabel('Five labels, one per line, from lowest to highest')
		.fill('drained\ntired\nokay\nrested');
	await submit();
	await expect(page.getByText('Give exactly 5 labels, one per line.')).toBeVisible();

	await page.getByLabel('Kind').selectOption({ label: 'Open text' });
	await text.fill('   ');
	await submit();
	await expect(page.getByText('Write the prompt.')).toBeVisible();

	await visit(page, '/prompts?scope=mine');
	await expect(page.getByTestId('result-count')).toHaveText('0 prompts match your search.');
});

test('prompts and plans work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	// Sign up without scripts too: plain form posts all the way.
	await page.goto('/signup');
	await page.getByLabel('Your name').fill('Dr Sam Okafor');
	await page.getByLabel('Email').fill(`nojs-${Date.now().toString(36)}@example.org`);
	await page.getByLabel('Password').fill('a calm and quiet harbour');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/dashboard');

	// Every kind's fields are reachable without scripts; a scale prompt is created.
	await page.goto('/prompts/new');
	await page.getByLabel('Kind').selectOption({ label: 'Scale' });
	await page.getByLabel('Prompt', { exact: true }).fill('How rested do you feel this week?');
	await page.getByLabel('Lowest value').fill('1');
	await page.getByLabel('Highest value').fill('7');
	await page.getByLabel('Label at the lowest end').fill('worn out');
	await page.getByLabel('Label at the highest end').fill('rested');
	await page.getByRole('button', { name: 'Create prompt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit prompt' })).toBeVisible();
	await expect(page.getByLabel('Highest value')).toHaveValue('7');

	// A plan from scratch, two steps, and a move.
	await page.goto('/plans');
	await page.getByLabel('Title').fill('Quiet week');
	await page.getByRole('button', { name: 'Create plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Quiet week' })).toBeVisible();
	await page.getByLabel('Words').fill('rested');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await page
		.getByRole('button', { name: 'Add “How rested do you feel this week?”', exact: true })
		.click();
	await page.getByLabel('Words').fill('');
	await page.getByLabel('Theme').selectOption({ label: 'Closing' });
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	const closing = (await page.locator('.results .result-text').first().textContent())!;
	await page.getByRole('button', { name: `Add “${closing}”`, exact: true }).click();
	await expect.poll(() => stepTexts(page)).toEqual(['How rested do you feel this week?', closing]);
	await page.getByRole('button', { name: `Move up “${closing}”`, exact: true }).click();
	await expect(page.getByTestId('steps-status')).toHaveText(
		`“${closing}” moved to position 1 of 2.`
	);
	await expect.poll(() => stepTexts(page)).toEqual([closing, 'How rested do you feel this week?']);
	await context.close();
});
