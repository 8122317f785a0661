import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';

// Real `node server.js` processes for tests: the production entry on a free port, its output
// kept for the test to read, stopped gracefully or killed hard.

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const root = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

export interface AppProcess {
	url: string;
	port: number;
	child: ChildProcess;
	/** Everything the process wrote, stdout and stderr together. */
	output(): string;
	/** Resolves when a line of output matches (now or later). */
	waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
	/** Resolves with the exit code (or signal) once the process has exited. */
	exited: Promise<number | NodeJS.Signals>;
	kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>;
	/** Socket.IO clients opened through `connect`, closed by `kill`. */
	connect(auth: object, headers?: Record<string, string>): Client;
}

/**
 * Starts `node server.js` with the given environment and waits until it answers /healthz,
 * or until it exits (then the promise resolves anyway, for tests of a refused start).
 */
export async function startApp(
	env: Record<string, string | undefined>,
	options: { port?: number; expectExit?: boolean } = {}
): Promise<AppProcess> {
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['server.js'], {
		cwd: root,
		env: {
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let text = '';
	const waiters = new Set<() => void>();
	const onData = (chunk: Buffer) => {
		text += chunk.toString();
		for (const wake of waiters) wake();
	};
	child.stdout!.on('data', onData);
	child.stderr!.on('data', onData);
	const exited = new Promise<number | NodeJS.Signals>((resolve) =>
		child.once('exit', (code, signal) => resolve(signal ?? code ?? 0))
	);
	let gone = false;
	void exited.then(() => {
		gone = true;
		for (const wake of waiters) wake();
	});
	const clients: Client[] = [];

	const app: AppProcess = {
		url,
		port,
		child,
		exited,
		output: () => text,
		waitForOutput(pattern, timeoutMs = 30_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const match = pattern.exec(text);
					if (match) {
						done();
						resolve(match[0]);
					} else if (gone) {
						done();
						reject(new Error(`process exited before ${pattern}:\n${text}`));
					}
				};
				const timer = setTimeout(() => {
					done();
					reject(new Error(`timed out waiting for ${pattern}:\n${text}`));
				}, timeoutMs);
				const done = () => {
					clearTimeout(timer);
					waiters.delete(check);
				};
				waiters.add(check);
				check();
			});
		},
		async kill(signal = 'SIGTERM') {
			for (const c of clients) c.disconnect();
			if (!gone) child.kill(signal);
			return exited;
		},
		connect(auth, headers = {}) {
			const socket: Client = connect(url, {
				auth,
				extraHeaders: headers,
				transports: ['websocket'],
				reconnectionDelay: 100,
				reconnectionDelayMax: 500
			});
			clients.push(socket);
			return socket;
		}
	};
	if (options.expectExit) {
		await exited;
		return app;
	}
	await waitUntilHealthy(app);
	return app;
}

async function waitUntilHealthy(app: AppProcess, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	let exited = false;
	void app.exited.then(() => (exited = true));
	while (Date.now() < deadline) {
		if (exited) throw new Error(`server.js exited while starting:\n${app.output()}`);
		try {
			const response = await fetch(`${app.url}/healthz`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server.js did not become healthy:\n${app.output()}`);
}
