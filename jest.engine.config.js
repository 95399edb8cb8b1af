// The engine matrix (issue 9): the packaged app's engine-touching integration and end-to-end cases on an older
// Apps-Engine, named by SANDBOX_ENGINE (an npm alias apps-engine-<version> in sandbox/package.json). In-process engines
// are redirected by the mapper below; the sandbox processes the e2e cases start inherit SANDBOX_ENGINE.
const base = require('./jest.config');

const version = process.env.SANDBOX_ENGINE;
if (!version) {
	throw new Error('jest.engine.config.js needs SANDBOX_ENGINE=<version>, e.g. 1.58.1');
}

/** @type {import('jest').Config} */
module.exports = {
	...base,
	roots: ['<rootDir>/test'],
	testMatch: [
		'**/integration/groupsLeaveEndpoint.test.ts',
		'**/integration/leavegroupCommand.test.ts',
		'**/integration/userRoomIdsFallback.test.ts',
		'**/integration/preLeaveVeto.test.ts',
		'**/integration/permissionsEnforced.test.ts',
		'**/integration/engineRestart.test.ts',
		'**/e2e/groupsLeave.test.ts',
		'**/e2e/leavegroupCommand.test.ts',
	],
	moduleNameMapper: { '^@rocket.chat/apps-engine/(.*)$': `apps-engine-${version}/$1` },
	// Engines 1.46–1.57 schedule their next liveness ping 10 s ahead and do not cancel it when the app stops (1.58 made it
	// an unref'd interval), so jest would wait those 10 s after each file. The default run keeps jest's own exit check.
	forceExit: true,
};
