#!/usr/bin/env node
// Operator commands (`npm run db:migrate`, `npm run coach -- create ...`). Plain
// JavaScript because Node 20 cannot run TypeScript: it asks Vite to load the TypeScript
// command module, so the CLI shares $lib, the schema and the password rules with the app.
import { createServer } from 'vite';

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, watch: null },
	appType: 'custom',
	logLevel: 'error'
});
let code = 1;
try {
	const { runCli } = await vite.ssrLoadModule('/src/lib/server/cli.ts');
	code = await runCli(process.argv.slice(2));
} catch (err) {
	console.error(err instanceof Error ? err.message : String(err));
} finally {
	await vite.close();
}
process.exit(code);
