import type { LiveDomain } from '$lib/server/live';
import { logError } from '$lib/server/log';
import type { Cluster, HuddleServer } from './cluster';
import { parseRoom } from './rooms';

// Keeps live sessions that are in use from the idle timeout, and runs the timeout. Each
// process reports what it sees (its own coaches' sockets, its own recent commands and
// answers); together they cover every process. The sweep itself is a domain use case and
// safe to run on several processes at once (each session is ended under its row lock, once).

const ACTIVITY_FLUSH_MS = 30_000;
const IDLE_SWEEP_MS = 60_000;

export function startActivity(io: HuddleServer, live: LiveDomain, cluster: Cluster) {
	const active = new Set<string>();

	const flush = setInterval(() => {
		const ids = new Set(active);
		active.clear();
		for (const room of io.of('/').adapter.rooms.keys()) {
			const parsed = parseRoom(room);
			if (parsed?.audience === 'coaches' && cluster.localSize(room) > 0)
				ids.add(parsed.liveSessionId);
		}
		live.touch([...ids]).catch((err) => logError('activity_failed', err));
	}, ACTIVITY_FLUSH_MS);
	const sweep = setInterval(() => {
		live.sweepIdle().catch((err) => logError('idle_sweep_failed', err));
	}, IDLE_SWEEP_MS);
	flush.unref?.();
	sweep.unref?.();

	return {
		mark(liveSessionId: string) {
			active.add(liveSessionId);
		},
		close() {
			clearInterval(flush);
			clearInterval(sweep);
		}
	};
}

export type Activity = ReturnType<typeof startActivity>;
