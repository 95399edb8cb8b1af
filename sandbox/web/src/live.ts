import { useEffect, useRef } from 'react';

import { get } from './rest';
import type { Session } from './rest';

// The sandbox's stand-in for Rocket.Chat's stream-notify-user: a long poll of GET /api/v1/sandbox.events. Like a
// client that subscribes now, the page acts only on what comes after it started listening.
const WAIT_MS = 20_000;
const RETRY_MS = 1_000;

interface StreamEvent {
	id: number;
	eventName: string;
	args: unknown[];
}

/**
 * Listens for the session's events; answers a promise that settles once the page listens, which whatever may cause a
 * push (a command, an interaction) awaits first, so that no push falls before the start.
 */
export function useLiveChannel(session: Session, onEvent: (eventName: string, args: unknown[]) => void): Promise<void> {
	const handler = useRef(onEvent);
	handler.current = onEvent;
	const listening = useRef<{ promise: Promise<void>; resolve: () => void }>();
	if (!listening.current) {
		const started: { resolve?: () => void } = {};
		const promise = new Promise<void>((resolveStarted) => {
			started.resolve = resolveStarted;
		});
		listening.current = { promise, resolve: () => started.resolve?.() };
	}
	const { resolve } = listening.current;
	useEffect(() => {
		let stopped = false;
		(async () => {
			let since = (await get<{ lastEventId: number }>(session, '/api/v1/sandbox.events', { wait: '0' })).lastEventId;
			resolve();
			while (!stopped) {
				try {
					const { events, lastEventId } = await get<{ events: StreamEvent[]; lastEventId: number }>(session, '/api/v1/sandbox.events', {
						since: String(since),
						wait: String(WAIT_MS),
					});
					since = lastEventId;
					for (const event of events) {
						if (!stopped) {
							handler.current(event.eventName, event.args);
						}
					}
				} catch {
					await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
				}
			}
		})().catch(() => undefined);
		return () => {
			stopped = true;
		};
	}, [session, resolve]);
	return listening.current.promise;
}
