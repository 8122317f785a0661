/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { createSocketServer } from './src/socket-server.js';

// Socket.IO shares the dev server's HTTP server. Vitest loads this same config without
// an HTTP server, hence the guard. Handlers are installed by SvelteKit's `init` hook,
// which runs on the first request, so the plugin makes one as soon as it listens.
const realtime: Plugin = {
	name: 'huddle-realtime',
	configureServer(server) {
		const httpServer = server.httpServer;
		if (!httpServer) return;
		// Join links and QR codes use ORIGIN; in dev it defaults to the dev server's address.
		process.env.ORIGIN ||= `http://localhost:${server.config.server.port ?? 5173}`;
		createSocketServer(httpServer as import('node:http').Server);
		httpServer.once('listening', () => {
			const address = httpServer.address();
			if (address && typeof address === 'object') {
				fetch(`http://127.0.0.1:${address.port}/healthz`).catch(() => {});
			}
		});
	}
};

export default defineConfig({
	plugins: [realtime, sveltekit()],
	server: {
		port: Number(process.env.PORT) || 5173,
		warmup: { clientFiles: ['./src/routes/**/*.svelte'] }
	},
	// Pre-bundled up front, so the dev server never reloads a page mid-session to add them.
	optimizeDeps: { include: ['socket.io-client', 'valibot', 'd3-cloud', 'layerchart'] },
	test: {
		environment: 'node',
		expect: { requireAssertions: true },
		projects: [
			{
				// Modules and their integration over a real database and real sockets, in-process.
				extends: true,
				test: {
					name: 'server',
					include: ['src/**/*.spec.ts'],
					globalSetup: ['src/lib/server/db/test-global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				// Real `node server.js` processes: several on one Postgres, and a hard kill.
				extends: true,
				test: {
					name: 'processes',
					include: ['tests/processes/**/*.spec.ts'],
					globalSetup: ['src/lib/server/db/test-global-setup.ts', 'tests/processes/build.ts'],
					testTimeout: 180_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
