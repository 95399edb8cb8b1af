import { vetoReasonOf } from '../../src/accessors/removalVeto';

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
		['an engine failure', new Error('removeUsersFromRoom: engine failure')],
		['another code', new Error('Invalid user [error-invalid-user]')],
		['the code in the middle', new Error('[error-app-prevented] but then something else')],
		['the code glued to the text', new Error('prevented[error-app-prevented]')],
		['a thrown string', '[error-app-prevented]'],
		['nothing', undefined],
	])('takes %s for no veto', (_case, error) => {
		expect(vetoReasonOf(error)).toBeUndefined();
	});
});
