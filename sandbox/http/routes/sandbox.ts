import { countParam } from '../params';
import type { Route } from '../route';
import { forbidden, success } from '../respond';

// Sandbox-only routes (no Rocket.Chat counterpart): what tests and benchmarks need to observe.

const BYTES_PER_MB = 1024 * 1024;

// A long poll stays below the server's 30 s request timeout.
const MAX_WAIT_MS = 25_000;

export const sandboxRoutes: Route[] = [
	{
		// The ephemeral messages sent to the caller (Rocket.Chat only pushes them to open clients), oldest first.
		method: 'GET',
		path: 'v1/sandbox.notifications',
		handle: ({ workspace, caller }) =>
			success({
				notifications: workspace
					.notificationsOf(caller._id)
					.map(({ rid, msg, ts, blocks }) => ({ rid, msg, ts, ...(blocks === undefined ? {} : { blocks }) })),
			}),
	},
	{
		// The modals and contextual bars apps opened for the caller, in the order first opened, closed ones included.
		method: 'GET',
		path: 'v1/sandbox.surfaces',
		handle: ({ workspace, caller }) => success({ surfaces: workspace.surfaces.of(caller._id) }),
	},
	{
		// The caller's stream-notify-user events after `since` (an event id, default 0), oldest first. With `wait`
		// (ms, at most 25 s) and nothing new yet, answers when the next event comes or the wait ends: a long poll.
		method: 'GET',
		path: 'v1/sandbox.events',
		handle: async ({ workspace, caller, queryParams }) => {
			const since = countParam(queryParams, 'since', 0);
			const wait = Math.min(countParam(queryParams, 'wait', 0), MAX_WAIT_MS);
			const events = await workspace.streams.wait(caller._id, since, wait);
			return success({ events, lastEventId: events.at(-1)?.id ?? since });
		},
	},
	{
		// Admins only (view-statistics): accessor calls the apps made, counted at the bridges, and the process's memory.
		method: 'GET',
		path: 'v1/sandbox.stats',
		handle: ({ workspace, apps, caller }) => {
			if (!workspace.hasPermission(caller._id, 'view-statistics')) {
				throw forbidden();
			}
			const rssMb = Math.round((process.memoryUsage().rss / BYTES_PER_MB) * 10) / 10;
			return success({ accessorCalls: apps.accessorCalls(), rssMb });
		},
	},
];
