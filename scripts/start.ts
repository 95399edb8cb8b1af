// `npm start`: packages the app when its zip is missing or stale, then hosts it in the sandbox (../sandbox), which
// takes the same options (--empty; --app <zip> hosts another zip instead).
import { resolve } from 'node:path';

import { runSandbox, startFromCommandLine } from 'rocketchat-apps-sandbox';

import { packagedApp } from './packagedApp';

const root = resolve(__dirname, '..');

startFromCommandLine(async () => {
	const argv = process.argv.slice(2);
	const sandbox = await runSandbox(argv.includes('--app') ? argv : [...argv, '--app', packagedApp(root)]);
	const group = sandbox.demo ? sandbox.demo.soleOwnerGroup.name : 'my-group';
	console.log(`Leave ${group} through groups.leave: the endpoint curl above, with -d '{"roomName":"${group}"}'`);
});
