import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
	expectFitsScreen,
	expectNoAxeViolations,
	PHONE,
	signUpCoach,
	visit,
	waitForHydration
} from './helpers';

// A whole live session as real people run it: a coach on a laptop and three phones, each in
// its own browser context, against 127.0.0.1 (on `localhost` the socket client ignores
// offline events). Every prompt kind is pushed, answered, closed and revealed.

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

type Phone = { context: BrowserContext; page: Page; cut: (on: boolean) => Promise<void> };

/**
 * A phone whose connection the test can cut for real: every WebSocket and polling request of
 * its Socket.IO client passes through Playwright's routing, and cutting closes the open
 * WebSocket, refuses new ones and takes the browser offline.
 */
async function openPhone(browser: Browser): Promise<Phone> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	let cut = false;
	const open = new Set<{ close: () => Promise<void> }>();
	await page.routeWebSocket(/\/socket\.io\//, (ws) => {
		if (cut) {
			void ws.close();
			return;
		}
		ws.connectToServer();
		open.add(ws);
	});
	await page.route(/\/socket\.io\//, (route) =>
		cut ? route.abort('internetdisconnected') : route.continue()
	);
	return {
		context,
		page,
		cut: async (on) => {
			cut = on;
			await context.setOffline(on);
			if (on) {
				for (const ws of open) await ws.close().catch(() => {});
				open.clear();
			}
		}
	};
}

/** What the phone keeps in localStorage for the session, besides its token. */
async function storedOutbox(page: Page): Promise<unknown[]> {
	const raw = await page.evaluate(() => localStorage.getItem('huddle.participant.v1'));
	return raw ? (JSON.parse(raw) as { outbox: unknown[] }).outbox : [];
}

async function joinByCode(page: Page, code: string, phonesBefore?: number) {
	await visit(page, '/join');
	await page.getByLabel('Code').fill(code.toLowerCase().replace(/(...)/, '$1 '));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
	await waitForHydration(page);
	await expect(page.getByRole('heading', { name: 'Before you join' })).toBeVisible();
	// The consent card says how many phones are in already (k counts phones, not people).
	if (phonesBefore !== undefined) {
		await expect(page.locator('.consent')).toContainText(
			phonesBefore === 0
				? 'No phone has joined yet.'
				: `${phonesBefore} ${phonesBefore === 1 ? 'phone has' : 'phones have'} joined so far.`
		);
	}
	await page.getByRole('button', { name: 'I understand — join' }).click();
	// In the session: waiting for the first prompt, or on the current one.
	await expect(page.getByRole('button', { name: 'Leave session' })).toBeVisible();
}

async function addDraftPrompt(
	page: Page,
	kind: string,
	text: string,
	extra: Record<string, string> = {}
) {
	await page.getByLabel('Kind').selectOption({ label: kind });
	await page.getByLabel('Prompt', { exact: true }).fill(text);
	for (const [label, value] of Object.entries(extra)) await page.getByLabel(label).fill(value);
	await page.getByRole('button', { name: 'Add prompt' }).click();
	await expect(page.locator('.prompt-list')).toContainText(text);
}

const prompts = {
	checkin: 'How are you arriving today?',
	scale: 'How full is your tank this week?',
	single: 'Which felt heaviest this week?',
	multiple: 'What helped you recover, even a little?',
	words: 'A few words for this week',
	text: 'What would you say to a colleague in your place?'
};

test('a coach and three phones run a whole live session', async ({ browser }) => {
	const coachContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const coach = await coachContext.newPage();
	const phones = [await openPhone(browser), await openPhone(browser), await openPhone(browser)];
	const [a, b, c] = phones.map((p) => p.page) as [Page, Page, Page];
	let codeText = '';
	const push = async (text: string) => {
		await coach
			.locator('.plan-list')
			.getByRole('button', { name: `Push “${text}”` })
			.click();
		await expect(coach.getByTestId('current-prompt')).toHaveText(text);
		for (const p of [a, b, c]) await expect(p.getByRole('heading', { name: text })).toBeVisible();
	};
	const send = async (page: Page) => {
		await page.getByRole('button', { name: /^(Send|Update answer)$/ }).click();
		await expect(page.getByRole('status').filter({ hasText: /Sent\./ })).toBeVisible();
	};
	const closeAndReveal = async (answered: number) => {
		await expect(coach.getByTestId('responded')).toHaveText('3');
		await coach.getByRole('button', { name: 'Close answering' }).click();
		await expect(coach.getByText(`${answered} answers`, { exact: true })).toBeVisible();
		await coach.getByRole('button', { name: 'Reveal to the room' }).click();
		for (const p of [a, b, c]) await expect(p.locator('[data-state="released"]')).toBeVisible();
		await expectFitsScreen(a);
	};

	await test.step('the coach prepares a session with five prompts', async () => {
		await signUpCoach(coach);
		await coach.getByLabel('Name').fill('PGY-2 wellbeing circle');
		await coach.getByRole('button', { name: 'Create group' }).click();
		await expect(
			coach.getByRole('heading', { level: 1, name: 'PGY-2 wellbeing circle' })
		).toBeVisible();
		await waitForHydration(coach);
		await coach.getByLabel('Title').fill('Week 1 — noticing');
		await coach.getByLabel('Answers needed before results are shown').selectOption('3');
		await coach.getByRole('button', { name: 'Create session' }).click();
		await expect(coach.getByRole('heading', { level: 1, name: 'Week 1 — noticing' })).toBeVisible();
		await waitForHydration(coach);

		// Bad input is refused with a message next to the field, and nothing is added.
		await coach.getByLabel('Kind').selectOption({ label: 'Single choice' });
		await coach.getByLabel('Prompt', { exact: true }).fill('Only one option?');
		await coach.getByLabel('Options, one per line').fill('Just this');
		await coach.getByRole('button', { name: 'Add prompt' }).click();
		await expect(coach.getByText('Give between 2 and 8 options.')).toBeVisible();
		await expect(coach.locator('.prompt-list')).toHaveCount(0);

		await addDraftPrompt(coach, 'Check-in', prompts.checkin, {
			'Five labels, one per line, from lowest to highest': 'drained\ntired\nokay\nsteady\nrested'
		});
		await addDraftPrompt(coach, 'Scale', prompts.scale, {
			'Lowest value': '0',
			'Highest value': '10',
			'Label at the lowest end': 'empty',
			'Label at the highest end': 'full'
		});
		await addDraftPrompt(coach, 'Single choice', prompts.single, {
			'Options, one per line': 'Workload\nGuilt\nNumbness'
		});
		await addDraftPrompt(coach, 'Multiple choice', prompts.multiple, {
			'Options, one per line': 'Sleep\nA walk\nTalking to someone\nNothing yet'
		});
		await addDraftPrompt(coach, 'A few words', prompts.words);
		await expectNoAxeViolations(coach);
	});

	await test.step('the coach goes live and types a sixth prompt in the console', async () => {
		await coach.getByRole('button', { name: 'Go live' }).click();
		codeText = (await coach.getByTestId('join-code').textContent())!.replace(/\s/g, '');
		expect(codeText).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		// The join link uses the public origin, and the QR code is drawn by the app itself.
		await expect(
			coach.getByRole('link', { name: new RegExp(`/join/${codeText}$`) })
		).toHaveAttribute('href', new RegExp(`^http://127\\.0\\.0\\.1:\\d+/join/${codeText}$`));
		await expect(coach.locator('.qr svg')).toBeVisible();
		await expect(coach.getByText('Connected')).toBeVisible();

		// The last prompt is typed in the console, on the fly.
		await coach.getByText('Add a prompt').click();
		await coach.getByLabel('Kind').selectOption({ label: 'Open text' });
		await coach.getByLabel('Prompt', { exact: true }).fill(prompts.text);
		await coach.getByRole('button', { name: 'Add prompt' }).click();
		await expect(coach.locator('.plan-list')).toContainText(prompts.text);
		await expectNoAxeViolations(coach);
	});

	await test.step('three phones join by code', async () => {
		for (const [i, p] of phones.entries()) {
			await joinByCode(p.page, codeText, i);
			await expect(p.page.getByRole('heading', { name: "You're in" })).toBeVisible();
		}
		await expectNoAxeViolations(phones[0]!.page);
		await expect(coach.getByTestId('joined')).toHaveText('3');
		await expect(coach.getByTestId('in-room')).toHaveText('3');
		// Every phone shows how many phones are in the session.
		for (const p of phones)
			await expect(p.page.getByTestId('phones')).toContainText('3 phones have joined');
	});

	await test.step('check-in: two answers and a pass are fewer than k, so nothing is released', async () => {
		// Check-in: two answers and a pass; responded counts the pass, the release does not.
		await push(prompts.checkin);
		await expect(a.getByRole('button', { name: 'Send' })).toBeDisabled();
		await a.getByRole('radio', { name: 'steady' }).check();
		await send(a);
		await b.getByRole('radio', { name: 'tired' }).check();
		await send(b);
		await c.getByRole('button', { name: 'Pass' }).click();
		await expect(c.getByText('You passed on this one.')).toBeVisible();
		await expect(coach.getByTestId('responded')).toHaveText('3');
		await coach.getByRole('button', { name: 'Close answering' }).click();
		// Two answers are fewer than k = 3: nothing is released, anywhere.
		await expect(coach.locator('[data-state="below_k"]')).toBeVisible();
		await expect(coach.getByRole('button', { name: 'Reveal to the room' })).toHaveCount(0);
		// The room is told plainly that nothing will be shown.
		await expect(a.locator('[data-state="below_k"]')).toContainText('Fewer than 3 answers came in');
	});

	await test.step('scale: a changed answer counts once', async () => {
		// Scale, and a phone that changes its answer: the last answer counts, once.
		await push(prompts.scale);
		await a.getByRole('radio', { name: '7', exact: true }).check();
		await send(a);
		await a.getByRole('radio', { name: '4', exact: true }).check();
		await send(a);
		await b.getByRole('radio', { name: '4', exact: true }).check();
		await send(b);
		await c.getByRole('radio', { name: /^10/ }).check();
		await send(c);
		await closeAndReveal(3);
		await expect(a.getByText('Median: 4')).toBeVisible();
		await expectNoAxeViolations(a);
	});

	await test.step('single choice: a reload, and a connection cut for real', async () => {
		// Single choice; one phone reloads mid-prompt and is back on it, with its answer.
		await push(prompts.single);
		await a.getByRole('radio', { name: 'Guilt' }).check();
		await send(a);
		await a.reload();
		await waitForHydration(a);
		await expect(a.getByRole('heading', { name: prompts.single })).toBeVisible();
		await expect(a.getByRole('radio', { name: 'Guilt' })).toBeChecked();
		await expect(a.getByRole('button', { name: 'Update answer' })).toBeVisible();
		await b.getByRole('radio', { name: 'Workload' }).check();
		await send(b);

		// The third phone loses its connection for real, answers offline, and comes back:
		// the answer arrives exactly once.
		await phones[2]!.cut(true);
		await expect(c.locator('[data-connection="offline"]')).toBeVisible();
		await expect(coach.getByTestId('in-room')).toHaveText('2');
		await c.getByRole('radio', { name: 'Guilt' }).check();
		await c.getByRole('button', { name: 'Send' }).click();
		await expect(
			c.getByText('Saved on this phone. It will be sent when you are back online.')
		).toBeVisible();
		await expect(coach.getByTestId('responded')).toHaveText('2');
		await phones[2]!.cut(false);
		await expect(c.getByRole('status').filter({ hasText: /Sent\./ })).toBeVisible({
			timeout: 20_000
		});
		await expect(coach.getByTestId('in-room')).toHaveText('3');
		await closeAndReveal(3);
		await expect(b.locator('[data-kind="single"]')).toContainText('Guilt');
	});

	await test.step('multiple choice, a few words and open text', async () => {
		// Multiple choice; an answer sent while offline after answering closed is not counted.
		await push(prompts.multiple);
		await a.getByRole('checkbox', { name: 'Sleep' }).check();
		await a.getByRole('checkbox', { name: 'A walk' }).check();
		await send(a);
		await b.getByRole('checkbox', { name: 'A walk' }).check();
		await send(b);
		await c.getByRole('checkbox', { name: 'Talking to someone' }).check();
		await send(c);
		await closeAndReveal(3);

		// Words (a word cloud).
		await push(prompts.words);
		for (const [page, words] of [
			[a, ['tired', 'hopeful']],
			[b, ['Tired']],
			[c, ['grateful', 'tired', 'quiet']]
		] as const) {
			for (const [i, word] of words.entries()) {
				await page.getByLabel(i === 0 ? 'Word 1' : `Word ${i + 1} (optional)`).fill(word);
			}
			await send(page);
		}
		await closeAndReveal(3);
		await expect(c.locator('[data-kind="words"]')).toContainText('tired');

		// Open text: the wall shows every answer.
		await push(prompts.text);
		const texts = [
			'Be as kind to yourself as to them.',
			'You are allowed to rest.',
			'One step at a time.'
		];
		for (const [i, page] of [a, b, c].entries()) {
			await page.getByRole('textbox', { name: prompts.text }).fill(texts[i]!);
			await send(page);
		}
		await closeAndReveal(3);
		for (const t of texts) await expect(a.getByText(t)).toBeVisible();
		await expectNoAxeViolations(coach);
	});

	await test.step('asking again: only what released nothing, and a late answer is not counted', async () => {
		// A prompt with results is not offered again (two results could be compared).
		await expect(coach.getByRole('button', { name: 'Ask again (new round)' })).toHaveCount(0);
		await expect(
			coach.locator('.plan-list').getByRole('button', { name: `Ask again “${prompts.scale}”` })
		).toHaveCount(0);
		await expect(coach.locator('.plan-list')).toContainText('has results');
		// The check-in released nothing: it may be asked again, as a new round. A phone that was
		// offline when it closed is told plainly that its answer was not counted.
		await coach
			.locator('.plan-list')
			.getByRole('button', { name: `Ask again “${prompts.checkin}”` })
			.click();
		await expect(coach.getByText('round 2')).toBeVisible();
		await expect(c.getByRole('radio', { name: 'okay' })).toBeVisible();
		await phones[2]!.cut(true);
		await expect(c.locator('[data-connection="offline"]')).toBeVisible();
		await c.getByRole('radio', { name: 'okay' }).check();
		await c.getByRole('button', { name: 'Send' }).click();
		// Not yet sent: it waits on the phone (and only until the server has it).
		expect(await storedOutbox(c)).toEqual([
			expect.objectContaining({ state: 'pending', answer: { value: 3 } })
		]);
		await coach.getByRole('button', { name: 'Close answering' }).click();
		await expect(coach.locator('[data-state="below_k"]')).toBeVisible();
		await phones[2]!.cut(false);
		await expect(
			c.getByText('Answering closed before your answer arrived, so it was not counted.')
		).toBeVisible({ timeout: 20_000 });
		// Settled: the phone keeps no answer content, only the message.
		expect(await storedOutbox(c)).toEqual([
			expect.objectContaining({ state: 'not_counted', answer: null })
		]);
		for (const page of [a, b, c]) {
			const stored = await page.evaluate(() => JSON.stringify(localStorage));
			for (const text of [
				'Be as kind to yourself',
				'You are allowed to rest',
				'One step at a time'
			])
				expect(stored).not.toContain(text);
		}
	});

	await test.step('a phone leaves and forgets the session', async () => {
		// A phone leaves: it forgets the session, and the same code asks for consent again.
		await b.getByRole('button', { name: 'Leave session' }).click();
		await b.getByRole('button', { name: 'Leave', exact: true }).click();
		await expect(b.getByRole('heading', { name: 'You have left the session' })).toBeVisible();
		expect(await b.evaluate(() => localStorage.length)).toBe(0);
		await visit(b, `/join/${codeText}`);
		await expect(b.getByRole('heading', { name: 'Before you join' })).toBeVisible();
	});

	await test.step('the coach ends the session, and the phones forget it', async () => {
		// A fourth phone joins, then its tab is closed before the end: it cannot be told.
		const lateContext = await browser.newContext(PHONE);
		const late = await lateContext.newPage();
		await joinByCode(late, codeText, 3);
		expect(await late.evaluate(() => localStorage.length)).toBe(1);
		await late.close();

		// The coach ends the session, with a confirmation; the phones are told and forget it.
		await coach.getByRole('button', { name: 'End session…' }).click();
		await coach.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
		await expect(coach.getByRole('heading', { name: 'What the group shared' })).toBeVisible();
		for (const p of [a, c]) {
			await expect(p.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
			expect(await p.evaluate(() => localStorage.length)).toBe(0);
		}
		await expectNoAxeViolations(a);
		// The record shows the stored releases, and the ended code no longer works.
		await expect(coach.getByText('Median: 4')).toBeVisible();
		await expectNoAxeViolations(coach);
		await visit(a, `/join/${codeText}`);
		await expect(a.getByText('This code does not match a live session.')).toBeVisible();
		await expectNoAxeViolations(a);

		// The phone whose tab was closed forgets the session on its next visit to any page.
		// Still on the phone after the end (nobody could tell the closed tab) …
		const stored = (await lateContext.storageState()).origins.flatMap((o) => o.localStorage);
		expect(stored.map((item) => item.name)).toEqual(['huddle.participant.v1']);
		// … until it opens any Huddle page again.
		const reopened = await lateContext.newPage();
		await visit(reopened, '/');
		await expect.poll(() => reopened.evaluate(() => localStorage.length)).toBe(0);
		await lateContext.close();
	});

	await test.step('after the end, the page’s own forms cannot change the session either', async () => {
		// The console ended it over its socket; the draft page's form actions meet the same rule.
		const origin = new URL(coach.url()).origin;
		const post = (action: string, form: Record<string, string>) =>
			coach.request.post(`${coach.url().split('?')[0]}?/${action}`, {
				form,
				headers: { origin }
			});
		for (const [action, form] of [
			['addPrompt', { kind: 'text', text: 'Sneaked in after the end' }],
			['start', {}],
			['update', { title: 'Renamed after the end', k: '3' }]
		] as const) {
			const response = await post(action, form);
			expect(response.status(), action).toBeLessThan(500);
			const body = await response.json();
			expect(body, action).toMatchObject({ type: 'failure', status: 409 });
			expect(JSON.stringify(body), action).toContain('This session has ended');
		}
		await coach.reload();
		await expect(coach.getByRole('heading', { level: 1, name: 'Week 1 — noticing' })).toBeVisible();
		await expect(coach.getByText('Renamed after the end')).toHaveCount(0);
	});

	for (const p of phones) await p.context.close();
	await coachContext.close();
});

test('a wrong code gets a clear message on a phone', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await visit(page, '/join');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('Enter the code your coach shows.')).toBeVisible();
	await page.getByLabel('Code').fill('ZZZ ZZZ');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('That code does not match a live session.')).toBeVisible();
	await expect(page.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);
	await page.getByLabel('Code').fill('O0I1L!');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText('That code does not match a live session.')).toBeVisible();
	await context.close();
});
