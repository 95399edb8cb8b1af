import { vetoReasonOf } from '../../src/rocketchat/removalVeto';

// What the app receives from removeUsersFromRoom in the Deno runtime is a plain Error carrying the host error's message
// only; core's veto is Meteor.Error('error-app-prevented', <the vetoing app's message>).

describe("vetoReasonOf: recognising another app's veto of the removal", () => {
	it.each([
		['Leaving is closed today [error-app-prevented]', 'Leaving is closed today'],
		['Ask [HR] first [error-app-prevented]', 'Ask [HR] first'],
		['Two\nlines [error-app-prevented]', 'Two\nlines'],
		['[error-app-prevented]', ''],
	])('reads the reason of %j', (message, reason) => {
		expect(vetoReasonOf(new Error(message))).toBe(reason);
	});

	it.each([
		['a JSON-RPC error object', { error: { message: 'Leaving is closed today [error-app-prevented]', code: 1000 } }],
		['a whole JSON-RPC error response', { jsonrpc: '2.0', id: 'k2x9', error: { message: 'Leaving is closed today [error-app-prevented]', code: 1000 } }],
	])('reads the reason from %s, as a runtime that passes the rejection on unwrapped gives it', (_shape, rejection) => {
		expect(vetoReasonOf(rejection)).toBe('Leaving is closed today');
	});

	it.each([
		['an engine failure', new Error('removeUsersFromRoom: engine failure')],
		['another code', new Error('Invalid user [error-invalid-user]')],
		['the code in the middle', new Error('[error-app-prevented] but then something else')],
		['the code glued to the text', new Error('prevented[error-app-prevented]')],
		['a thrown string', '[error-app-prevented]'],
		['a JSON-RPC error object with another message', { error: { message: 'Invalid user [error-invalid-user]', code: 1000 } }],
		['an object whose error is a string', { error: '[error-app-prevented]' }],
		['an object whose error message is no string', { error: { message: ['[error-app-prevented]'] } }],
		['null', null],
		['nothing', undefined],
	])('takes %s for no veto', (_case, error) => {
		expect(vetoReasonOf(error)).toBeUndefined();
	});
});
