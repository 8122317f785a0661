import { defineConfig } from '@playwright/test';

// Browser tests run against the production build (`node server.js`) on a database made
// fresh for each run by tests/e2e/serve.js. Run them with `npm run test:e2e`, which builds
// first and reports the tests as skipped when no Chromium is installed.

const port = Number.parseInt(process.env.E2E_PORT || '4173', 10);
const baseURL = `http://127.0.0.1:${port}`;
// The dev server (`npm run dev`) runs the live-session test too, on the next port.
const devBaseURL = `http://127.0.0.1:${port + 1}`;
// A plain-http "LAN" address (huddle.test mapped to 127.0.0.1): an insecure context.
const lanBaseURL = `http://huddle.test:${port + 2}`;
const chromium = {
	browserName: 'chromium' as const,
	launchOptions: {
		// Debian's Chromium: `npx playwright install` cannot download a browser here.
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{ name: 'production', testIgnore: 'lan.e2e.ts', use: { ...chromium, baseURL } },
		{
			name: 'dev-server',
			testMatch: 'live-session.e2e.ts',
			grep: /whole live session/,
			use: { ...chromium, baseURL: devBaseURL }
		},
		{
			name: 'lan-http',
			testMatch: 'lan.e2e.ts',
			use: {
				...chromium,
				baseURL: lanBaseURL,
				launchOptions: {
					...chromium.launchOptions,
					args: [...chromium.launchOptions.args, '--host-resolver-rules=MAP huddle.test 127.0.0.1']
				}
			}
		}
	],
	webServer: [
		{
			command: 'node tests/e2e/serve.js',
			url: `${baseURL}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			stdout: 'pipe',
			// SIGTERM lets serve.js close the app and drop its database; without this option
			// Playwright SIGKILLs the server and the test database would be left behind.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 60_000 },
			env: { PORT: String(port), ORIGIN: baseURL, HOST: '127.0.0.1' }
		},
		{
			command: 'node tests/e2e/serve.js',
			url: `${devBaseURL}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			stdout: 'pipe',
			gracefulShutdown: { signal: 'SIGTERM', timeout: 60_000 },
			env: { PORT: String(port + 1), ORIGIN: devBaseURL, HOST: '127.0.0.1', E2E_DEV: '1' }
		},
		{
			command: 'node tests/e2e/serve.js',
			url: `http://127.0.0.1:${port + 2}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			stdout: 'pipe',
			gracefulShutdown: { signal: 'SIGTERM', timeout: 60_000 },
			env: { PORT: String(port + 2), ORIGIN: lanBaseURL, HOST: '127.0.0.1' }
		}
	]
});
