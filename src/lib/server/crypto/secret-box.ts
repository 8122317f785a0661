import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Live-session secrets are stored encrypted with an application key that never enters
// the database: a dump of the database alone cannot recompute any dedupe key.

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function loadAppKey(options: { appKey?: string; keyFile: string }): Buffer {
	if (options.appKey) {
		const key = Buffer.from(options.appKey, 'base64');
		if (key.length !== 32) {
			throw new Error('HUDDLE_APP_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32).');
		}
		return key;
	}
	try {
		const key = Buffer.from(fs.readFileSync(options.keyFile, 'utf8').trim(), 'base64');
		if (key.length !== 32) throw new Error(`The key file ${options.keyFile} is not a valid key.`);
		return key;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
	}
	fs.mkdirSync(path.dirname(options.keyFile), { recursive: true });
	const key = randomBytes(32);
	try {
		fs.writeFileSync(options.keyFile, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
		return key;
	} catch (err) {
		// Another process created it a moment ago: use theirs.
		if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadAppKey(options);
		throw err;
	}
}

/** AES-256-GCM; `context` (the live session id) is bound in, so ciphertexts cannot be swapped. */
export function seal(key: Buffer, plaintext: Uint8Array, context: string): Uint8Array {
	const iv = randomBytes(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	cipher.setAAD(Buffer.from(context));
	const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
	return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

export function open(key: Buffer, sealed: Uint8Array, context: string): Uint8Array {
	const data = Buffer.from(sealed);
	const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
	decipher.setAAD(Buffer.from(context));
	decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
	return new Uint8Array(
		Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
	);
}
