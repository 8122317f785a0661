import { expect, test } from '@playwright/test';
import {
	expectNoAxeViolations,
	fillSignUp,
	logOut,
	signUpCoach,
	submitLogin,
	uniqueEmail,
	uniqueSuffix,
	visit
} from './helpers';

const WRONG_LOGIN = /That email and password do not match an account/;

test.describe('a new coach', () => {
	test('signs up, logs out, is sent to log in for the dashboard, and comes back to it', async ({
		page
	}) => {
		const coach = await signUpCoach(page);

		await logOut(page);
		await page.goto('/dashboard');
		await expect(page).toHaveURL('/login?redirectTo=%2Fdashboard');
		await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();

		await submitLogin(page, coach.email.toUpperCase(), coach.password);
		await expect(page).toHaveURL('/dashboard');
		await expect(
			page.getByRole('heading', { level: 1, name: `Welcome, ${coach.name}` })
		).toBeVisible();
	});

	test('with a wrong password sees the error by the form and stays on /login', async ({ page }) => {
		const coach = await signUpCoach(page);
		await logOut(page);

		await visit(page, '/login');
		await submitLogin(page, coach.email, `${coach.password}-not`);
		await expect(page.getByRole('alert')).toContainText(WRONG_LOGIN);
		await expect(page).toHaveURL(/\/login(\?|$)/);
		// The email is kept so only the password needs typing again.
		await expect(page.getByLabel('Email', { exact: true })).toHaveValue(coach.email);
		await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
		await expectNoAxeViolations(page);

		await submitLogin(page, coach.email, coach.password);
		await expect(page).toHaveURL('/dashboard');
	});

	test('signing up twice with one email is told the account exists', async ({ page }) => {
		const coach = await signUpCoach(page);
		await logOut(page);

		await visit(page, '/signup');
		await fillSignUp(page, { ...coach, email: coach.email.toUpperCase(), name: 'Someone Else' });
		await page.getByRole('button', { name: 'Create account' }).click();

		const email = page.getByLabel('Email', { exact: true });
		await expect(email).toHaveAccessibleDescription(/already exists/);
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL('/signup');
		await expect(page.getByRole('link', { name: 'Log out' })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('cannot choose one of the most common passwords', async ({ page }) => {
		await visit(page, '/signup');
		// Both are in src/lib/server/auth/common-passwords.txt.
		for (const common of ['password123', 'iloveyou1']) {
			await fillSignUp(page, { name: 'Dr Kim Osei', email: uniqueEmail(), password: common });
			await page.getByRole('button', { name: 'Create account' }).click();
			const password = page.getByLabel('Password', { exact: true });
			await expect(password).toHaveAccessibleDescription(/one of the most common/);
			await expect(password).toHaveAttribute('aria-invalid', 'true');
			await expect(page).toHaveURL('/signup');
		}
		await expectNoAxeViolations(page);
	});

	test('changes the password on /account and logs in with the new one', async ({ page }) => {
		const coach = await signUpCoach(page);
		const newPassword = `new lantern ${uniqueSuffix()}`;

		await visit(page, '/account');
		const section = page.getByRole('region', { name: 'Password' });

		// A wrong current password is refused next to that field.
		await section.getByLabel('Current password').fill('not my password');
		await section.getByLabel('New password').fill(newPassword);
		await section.getByRole('button', { name: 'Change password' }).click();
		await expect(section.getByLabel('Current password')).toHaveAccessibleDescription(
			/not your current password/
		);
		await expectNoAxeViolations(page);

		await section.getByLabel('Current password').fill(coach.password);
		await section.getByLabel('New password').fill(newPassword);
		await section.getByRole('button', { name: 'Change password' }).click();
		await expect(section.getByRole('status')).toContainText('Your password is changed');

		await logOut(page);
		await visit(page, '/login');
		await submitLogin(page, coach.email, coach.password);
		await expect(page.getByRole('alert')).toContainText(WRONG_LOGIN);
		await submitLogin(page, coach.email, newPassword);
		await expect(page).toHaveURL('/dashboard');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the sign-up, log-out and log-in forms still work', async ({ page }) => {
		const coach = {
			name: 'Dr Sam Lindqvist',
			email: uniqueEmail('nojs'),
			password: `slow tide ${uniqueSuffix()}`
		};
		await page.goto('/signup');
		await fillSignUp(page, coach);
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page).toHaveURL('/dashboard');
		await page.getByRole('button', { name: 'Log out' }).click();
		await page.goto('/dashboard');
		await expect(page).toHaveURL('/login?redirectTo=%2Fdashboard');
		await submitLogin(page, coach.email, 'wrong password here');
		await expect(page.getByRole('alert')).toContainText(WRONG_LOGIN);
		await submitLogin(page, coach.email, coach.password);
		await expect(page).toHaveURL('/dashboard');
	});
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
	for (const path of ['/', '/privacy', '/login', '/signup']) {
		test(`${path} for a visitor`, async ({ page }) => {
			await visit(page, path);
			await expectNoAxeViolations(page);
		});
	}

	test('/signup and /login showing form errors', async ({ page }) => {
		await visit(page, '/signup');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);

		await visit(page, '/login');
		await page.getByRole('button', { name: 'Log in', exact: true }).click();
		await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);
	});

	test('/dashboard and /account for a coach', async ({ page }) => {
		await signUpCoach(page);
		await expectNoAxeViolations(page);
		await visit(page, '/account');
		await expectNoAxeViolations(page);

		const deletion = page.getByRole('region', { name: 'Delete your account' });
		await deletion.getByRole('button', { name: 'Delete my account' }).click();
		await expect(deletion.getByLabel(/Type .delete. to confirm/)).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expectNoAxeViolations(page);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	for (const path of ['/', '/login']) {
		test(`${path} fits the screen and passes axe`, async ({ page }) => {
			await visit(page, path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
			await expectNoAxeViolations(page);
		});
	}

	test('a coach logs in on a phone', async ({ page }) => {
		const coach = await signUpCoach(page);
		await logOut(page);
		await visit(page, '/login');
		const button = page.getByRole('button', { name: 'Log in', exact: true });
		await expect(button).toBeInViewport();
		await submitLogin(page, coach.email, coach.password);
		await expect(page).toHaveURL('/dashboard');
	});
});
