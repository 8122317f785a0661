import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this file: it reads the schema and writes SQL to
// ./drizzle. It never opens a database, so it cannot race the app for a PGlite folder.
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: 'postgresql',
	casing: 'snake_case'
});
