import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

import type { BatchOutcome } from '../../src/bulk/leaveGroups';
import { summarizeLeaves } from '../../src/dialog/leaveGroupsSummary';
import { appPrevented, lastOwner, roomArchived, roomNotFound } from '../../src/leave/leaveErrors';
import { readTicket } from '../../src/undo/undoTickets';
import { FakeRocketChat } from '../fakes/FakeRocketChat';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const room = { id: 'r' } as never;
const left = (id: string): BatchOutcome => ({ group: { id, name: id, status: 'leaves' }, result: { outcome: 'left', room } });
const logger = { error: jest.fn() } as unknown as ILogger;

describe('the summary of a /leavegroups batch', () => {
	const rc = new FakeRocketChat();
	const summarize = (outcomes: BatchOutcome[], undoMinutes = 10) =>
		summarizeLeaves(rc.persistence(), logger, { appId: 'app', userId: 'max', outcomes, language: 'en', undoMinutes, now: NOW });

	it('tells every group not left with why, after the ones left', async () => {
		const group = (id: string) => ({ id, name: id, status: 'leaves' as const });
		const summary = await summarize(
			[
				left('a'),
				{ group: group('b'), result: { outcome: 'refused', room, error: lastOwner() } },
				{ group: group('c'), result: { outcome: 'refused', room, error: roomArchived('c') } },
				{ group: group('d'), result: { outcome: 'notFound', error: roomNotFound() } },
				{ group: group('e'), result: { outcome: 'refused', room, error: appPrevented('policy') } },
				{ group: group('f'), result: { outcome: 'refused', room, error: appPrevented('') } },
				{ group: group('g'), failed: true },
			],
			0,
		);

		expect(summary.text).toBe(
			[
				'You left: #a.',
				'Not left: #b (you are its last owner now), #c (archived), #d (not found: deleted, or you are no longer in it), ' +
					'#e (another app prevented it: "policy"), #f (another app prevented it), ' +
					'#g (something went wrong, so you may still be in it; the app log has the details).',
			].join('\n'),
		);
		expect(summary.blocks).toBeUndefined();
	});

	it('gives each group left its own stored Undo ticket, five buttons per row', async () => {
		const summary = await summarize(['a', 'b', 'c', 'd', 'e', 'f'].map(left));
		const rows = summary.blocks as unknown as Array<{ blockId: string; elements: Array<{ value: string; text: { text: string } }> }>;

		expect(rows.map((row) => [row.blockId, row.elements.length])).toEqual([
			['undo-0', 5],
			['undo-1', 1],
		]);
		expect(rows[1].elements[0].text.text).toBe('Undo #f');
		expect(await readTicket(rc.read().getPersistenceReader(), rows[1].elements[0].value)).toMatchObject({
			userId: 'max',
			roomId: 'f',
			used: false,
			expiresAt: NOW + 600_000,
		});
		expect(summary.text).toBe('You left: #a, #b, #c, #d, #e, #f.\nLeft one by mistake? Undo it within 10 minutes.');
	});

	it('leaves out only the button whose ticket could not be stored', async () => {
		const failing = new FakeRocketChat({ failing: ['persistence.updateByAssociation'] });
		const summary = await summarizeLeaves(failing.persistence(), logger, {
			appId: 'app',
			userId: 'max',
			outcomes: [left('a')],
			language: 'en',
			undoMinutes: 10,
			now: NOW,
		});

		expect(summary).toEqual({ text: 'You left: #a.' });
		expect(logger.error).toHaveBeenCalledWith('/leavegroups could not store the Undo ticket for a:', expect.any(String));
	});
});
