import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './app-process';

// A Postgres server of the test's own (initdb in a temporary folder, on a free port), so a
// test can really restart Postgres without disturbing anyone else's databases.

function findBinDir(): string | null {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return null;
	const versions = fs
		.readdirSync(base)
		.filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

function postgresUser(): { uid: number; gid: number } | null {
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		return { uid, gid };
	} catch {
		return null;
	}
}

/** Why a scratch server cannot run here, or null when it can. */
export function scratchPostgresUnavailable(): string | null {
	if (!findBinDir()) return 'no initdb under /usr/lib/postgresql';
	if (process.getuid?.() === 0 && !postgresUser()) return 'running as root without a postgres user';
	return null;
}

export async function startScratchPostgres() {
	const bin = findBinDir();
	if (!bin) throw new Error('no initdb found');
	const asRoot = process.getuid?.() === 0;
	const owner = asRoot ? postgresUser() : null;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-pg-'));
	if (owner) fs.chownSync(dir, owner.uid, owner.gid);
	const port = await freePort();
	// initdb refuses to run as root: run the server tools as the postgres user then.
	const run = (tool: string, args: string[]) => {
		const command = asRoot ? 'runuser' : path.join(bin, tool);
		const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
		const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 });
		if (result.status !== 0) {
			throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
		}
	};
	const data = path.join(dir, 'data');
	const server = ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`];
	const pgCtl = (...args: string[]) =>
		run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), ...args]);
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
	pgCtl(...server, '-w', 'start');
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		port,
		/** A fast restart: every connection is cut, then the server comes back on the same port. */
		restart() {
			pgCtl(...server, '-m', 'fast', '-w', 'restart');
		},
		stop() {
			try {
				pgCtl('-m', 'immediate', '-w', 'stop');
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
