import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { readConfig } from '$lib/server/config';
import { openDatabase } from '$lib/server/db';
import { getCoachByEmail, registerCoach, setCoachPassword } from '$lib/server/coaches';
import { invalidateCoachSessions } from '$lib/server/auth/session';
import { displayNameSchema, emailSchema } from '$lib/schemas/auth';
import { runPrivacyCheck } from '$lib/server/privacy/check';

const USAGE = `Huddle operator commands

  npm run db:migrate
      Apply pending database migrations (the app also does this on start).
  npm run coach -- create --email EMAIL --name "NAME"
      Create a coach account (works when SIGNUP=closed).
  npm run coach -- reset-password --email EMAIL
      Set a new password for a coach and log them out everywhere.
  npm run privacy:check
      Check, item by item and without changing anything, that the privacy promises hold in
      this database (DATABASE_URL, or the embedded one in DATA_DIR with the app stopped).
      Exits with 1 when one fails.

The password is read from the HUDDLE_PASSWORD environment variable, or asked for.
Stop the app first when it runs on the embedded database (one process per folder).`;

export async function runCli(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	const { values } = parseArgs({
		args: rest,
		options: { email: { type: 'string' }, name: { type: 'string' } },
		strict: false
	});
	if (!command || command === 'help' || command === '--help') {
		console.log(USAGE);
		return command ? 0 : 1;
	}
	if (!['migrate', 'create', 'reset-password', 'privacy-check'].includes(command)) {
		console.error(`Unknown command "${command}".\n\n${USAGE}`);
		return 1;
	}
	const config = readConfig();
	if (command === 'privacy-check') return privacyCheck(config);
	const database = await openDatabase({ ...config, migrate: true });
	try {
		if (command === 'migrate') {
			console.log(`Migrations applied (${database.engine}).`);
			return 0;
		}
		const email = v.safeParse(emailSchema, values.email ?? '');
		if (!email.success) {
			console.error(`--email: ${email.issues[0].message}`);
			return 1;
		}
		const password = process.env.HUDDLE_PASSWORD || (await askPassword());
		if (command === 'create') {
			const name = v.safeParse(displayNameSchema, values.name ?? '');
			if (!name.success) {
				console.error(`--name: ${name.issues[0].message}`);
				return 1;
			}
			const result = await registerCoach(database.db, {
				email: email.output,
				displayName: name.output,
				password
			});
			if (!result.ok) {
				console.error(Object.values(result.fields).join('\n'));
				return 1;
			}
			console.log(`Created the coach account for ${result.coach.email}.`);
			return 0;
		}
		const coach = await getCoachByEmail(database.db, email.output);
		if (!coach) {
			console.error(`No coach has the email address ${email.output}.`);
			return 1;
		}
		const result = await setCoachPassword(database.db, coach.id, password);
		if (!result.ok) {
			console.error(result.message);
			return 1;
		}
		await invalidateCoachSessions(database.db, coach.id);
		console.log(`New password set for ${coach.email}; their login sessions have ended.`);
		return 0;
	} finally {
		await database.close();
	}
}

async function privacyCheck(config: ReturnType<typeof readConfig>): Promise<number> {
	let report;
	try {
		report = await runPrivacyCheck(config);
	} catch (err) {
		console.error(`Could not check: ${err instanceof Error ? err.message : String(err)}`);
		return 2;
	}
	console.log(`Huddle privacy check — ${report.where} (read only)\n`);
	for (const item of report.items) {
		console.log(`  ${item.ok ? 'ok  ' : 'FAIL'}  ${item.name}\n        ${item.detail}`);
	}
	console.log('\nNot checked here:');
	for (const line of report.notChecked) console.log(`  - ${line}`);
	const failed = report.items.filter((i) => !i.ok).length;
	console.log(
		failed === 0
			? `\nAll ${report.items.length} checks passed.`
			: `\n${failed} of ${report.items.length} checks failed.`
	);
	return failed === 0 ? 0 : 1;
}

async function askPassword(): Promise<string> {
	const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
	try {
		return await rl.question('Password (at least 8 characters): ');
	} finally {
		rl.close();
	}
}
