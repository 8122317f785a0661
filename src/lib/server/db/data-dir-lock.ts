import fs from 'node:fs';
import path from 'node:path';

// PGlite has no lock between processes: two processes on one data directory silently
// lose writes (seen on PGlite 0.5: one of two processes' writes was silently lost). Every process that opens the embedded database takes this
// lock first; a live holder makes the next one refuse with a message a person can act on.

export class DataDirInUseError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`The embedded database in ${dataDir} is in use by another Huddle process (pid ${pid}). ` +
				`Stop that process (dev server, npm start or a script) first, or set DATA_DIR to another folder. ` +
				`To run several processes at once, use a Postgres server via DATABASE_URL.`
		);
		this.name = 'DataDirInUseError';
	}
}

export function acquireDataDirLock(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	const lockPath = path.join(dataDir, 'huddle.lock');
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
			return () => releaseDataDirLock(lockPath);
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
			if (holder && holder !== process.pid && isAlive(holder)) {
				throw new DataDirInUseError(dataDir, holder);
			}
			// A stale lock (its process died) or our own from an earlier open: take it over.
			fs.rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}

function releaseDataDirLock(lockPath: string) {
	try {
		if (Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10) === process.pid) {
			fs.rmSync(lockPath, { force: true });
		}
	} catch {
		// Already gone.
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}
