import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, acquireDataDirLock } from './data-dir-lock';

describe('the embedded database lock', () => {
	it('refuses a folder that a live process holds, with a clear message', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huddle-lock-'));
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
		try {
			fs.writeFileSync(path.join(dir, 'huddle.lock'), String(other.pid));
			expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
			expect(() => acquireDataDirLock(dir)).toThrow(/in use by another Huddle process/);
		} finally {
			other.kill();
		}
		await new Promise((r) => other.once('exit', r));
		// Its holder is gone: the stale lock is taken over.
		const release = acquireDataDirLock(dir);
		expect(fs.readFileSync(path.join(dir, 'huddle.lock'), 'utf8')).toBe(String(process.pid));
		release();
		expect(fs.existsSync(path.join(dir, 'huddle.lock'))).toBe(false);
		fs.rmSync(dir, { recursive: true, force: true });
	});
});
