// Logs carry an event name, an error class and a code — never request bodies, query
// strings, response content, tokens or addresses (logs.spec.ts plants an answer and a token and searches every log).

export function logEvent(event: string, detail: Record<string, string | number | boolean> = {}) {
	console.log(JSON.stringify({ level: 'info', event, ...detail }));
}

export function logError(event: string, err: unknown) {
	const e = err as { name?: string; code?: unknown; cause?: { code?: unknown } };
	const code = e?.code ?? e?.cause?.code;
	console.error(
		JSON.stringify({
			level: 'error',
			event,
			error: typeof e?.name === 'string' ? e.name : typeof err,
			...(typeof code === 'string' || typeof code === 'number' ? { code } : {})
		})
	);
}
