import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Coach = { email: string; name: string; password: string };

/** A participant's phone: a browser context with a phone's screen and touch. */
export const PHONE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true
};

/** A short random suffix so every test works with its own account. */
export function uniqueSuffix(): string {
	return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** An email address no other test uses. */
export function uniqueEmail(prefix = 'coach'): string {
	return `${prefix}-${uniqueSuffix()}@example.org`;
}

/** Waits until the root layout's onMount ran: clicks before hydration are lost. */
export async function waitForHydration(page: Page) {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
}

/** Opens a page and waits for it to hydrate. */
export async function visit(page: Page, path: string) {
	await page.goto(path);
	await waitForHydration(page);
}

/** Fills in the sign-up form (without submitting it). */
export async function fillSignUp(page: Page, coach: Coach) {
	await page.getByLabel('Your name').fill(coach.name);
	await page.getByLabel('Email').fill(coach.email);
	await page.getByLabel('Password').fill(coach.password);
}

/** Signs up a new coach through /signup and waits for the dashboard. */
export async function signUpCoach(page: Page, options: Partial<Coach> = {}): Promise<Coach> {
	const coach: Coach = {
		email: options.email ?? uniqueEmail(),
		name: options.name ?? 'Dr Robin Ashby',
		password: options.password ?? `quiet harbour ${uniqueSuffix()}`
	};
	await visit(page, '/signup');
	await fillSignUp(page, coach);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/dashboard');
	await expect(
		page.getByRole('heading', { level: 1, name: `Welcome, ${coach.name}` })
	).toBeVisible();
	return coach;
}

/** Fills in and submits the login form on the current page (which must be /login). */
export async function submitLogin(page: Page, email: string, password: string) {
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Logs out with the header's button and waits until the page shows the guest links. */
export async function logOut(page: Page) {
	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' })
	).toBeVisible();
}

/** Runs axe (WCAG 2.0–2.2 A and AA) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const report = results.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')),
		summary: v.nodes[0]?.failureSummary
	}));
	if (report.length > 0) {
		console.log(`axe violations on ${page.url()}:\n${JSON.stringify(report, null, 2)}`);
	}
	expect(
		report.map((v) => `${v.id}: ${v.targets.join(', ')}`),
		`axe found violations on ${page.url()}`
	).toEqual([]);
}

/** Nothing on the page is wider than the screen (no sideways scrolling on a phone). */
export async function expectFitsScreen(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}
