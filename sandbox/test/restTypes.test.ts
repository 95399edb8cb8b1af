import { typedSuccess } from '../http/restTypes';

// typedSuccess checks an answer against @rocket.chat/rest-typings when `npm run typecheck` compiles this file: the
// expected errors marked below must stay errors, or the compile fails. At run time it is Rocket.Chat's API.v1.success.

describe('typedSuccess: answers typed by Rocket.Chat’s REST typings', () => {
	test('adds success: true, as API.v1.success does', () => {
		const answer = typedSuccess<'GET', '/info'>({ version: '8.4' });
		expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({ status: 200, body: { version: '8.4', success: true } });
	});

	test('refuses, at compile time, an answer without what Rocket.Chat’s clients read', () => {
		const wrongKey = () =>
			// @ts-expect-error groups.create answers `group`, not `room`
			typedSuccess<'POST', '/v1/groups.create'>({ room: {} });
		const wrongType = () =>
			// @ts-expect-error commands.run answers `result`
			typedSuccess<'POST', '/v1/commands.run'>({ command: 'leavegroup' });
		expect([typeof wrongKey, typeof wrongType]).toEqual(['function', 'function']);
	});
});
