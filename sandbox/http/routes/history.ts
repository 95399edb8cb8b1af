import type { WorkspaceMessage } from '../../workspace/records';
import { booleanParam, countParam, stringParam } from '../params';
import type { Params } from '../route';

// The page of a room's messages that Rocket.Chat's history routes (groups.history, im.history) answer.

const DEFAULT_HISTORY_SIZE = 20;

/** Newest first; `count` (default 20, 0 for all), `offset`, and the `latest` / `oldest` bounds (exclusive unless `inclusive`). */
export function historyPage(oldestFirst: WorkspaceMessage[], queryParams: Params): WorkspaceMessage[] {
	const latest = dateParam(queryParams, 'latest') ?? Infinity;
	const oldest = dateParam(queryParams, 'oldest') ?? -Infinity;
	const inclusive = booleanParam(queryParams, 'inclusive') === true;
	const offset = countParam(queryParams, 'offset', 0);
	const count = countParam(queryParams, 'count', DEFAULT_HISTORY_SIZE);
	const inRange = oldestFirst.filter(({ ts }) => {
		const time = ts.getTime();
		return inclusive ? time <= latest && time >= oldest : time < latest && time > oldest;
	});
	return inRange.reverse().slice(offset, count === 0 ? undefined : offset + count);
}

function dateParam(params: Params, key: string): number | undefined {
	const value = stringParam(params, key);
	const time = value === undefined ? NaN : Date.parse(value);
	return Number.isNaN(time) ? undefined : time;
}
