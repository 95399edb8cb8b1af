import { rejectionMessage } from '../../src/rocketchat/rejectionMessage';

describe('rejectionMessage: the message an accessor rejection carries', () => {
	it("reads an Error's message, as Rocket.Chat's Deno runtime rejects", () => {
		expect(rejectionMessage(new Error('Invalid accessor method "getUserRoomIds"'))).toBe('Invalid accessor method "getUserRoomIds"');
	});

	it("reads error.message of a JSON-RPC error object, as a runtime that passes the host's answer on unwrapped rejects", () => {
		expect(rejectionMessage({ jsonrpc: '2.0', id: 'k2x9', error: { message: 'Invalid accessor method "getUserRoomIds"', code: 1000 } })).toBe(
			'Invalid accessor method "getUserRoomIds"',
		);
	});

	it.each([
		['a string', 'failed'],
		['undefined', undefined],
		['null', null],
		['an object without error', { message: 'failed' }],
		['an object whose error is a string', { error: 'failed' }],
		['an object whose error is null', { error: null }],
		['an error message that is no string', { error: { message: 42 } }],
	])('finds no message in %s', (_case, rejection) => {
		expect(rejectionMessage(rejection)).toBeUndefined();
	});
});
