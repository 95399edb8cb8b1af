// `npm start`: packages the app when its zip is missing or stale, then hosts it in the sandbox (../sandbox), which
// takes the same options (--empty; --app <zip> hosts another zip instead).
import { resolve } from 'node:path';

import { runSandbox, startFromCommandLine } from 'rocketchat-apps-sandbox';

import { packagedApp } from './packagedApp';

const root = resolve(__dirname, '..');

startFromCommandLine(async () => {
	const argv = process.argv.slice(2);
	const sandbox = await runSandbox(argv.includes('--app') ? argv : [...argv, '--app', packagedApp(root)]);
	if (sandbox.demo) {
		const group = sandbox.demo.soleOwnerGroup.name;
		console.log(`Leave ${group} through groups.leave: the endpoint curl above, with -d '{"roomName":"${group}"}'`);
	} else {
		console.log(
			`Create a group with POST /api/v1/groups.create -d '{"name":"my-group"}', then leave it with the endpoint curl above and -d '{"roomName":"my-group"}'`,
		);
	}
});
