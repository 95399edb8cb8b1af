// `npm start`: packages the app when its zip is missing or stale, then hosts it in the sandbox (../sandbox), which
// takes the same options (--empty; --app <zip> hosts another zip instead; --no-app hosts none, for `npm run deploy`).
import { resolve } from 'node:path';

import { runSandbox, startFromCommandLine } from 'rocketchat-apps-sandbox';

import { packagedApp } from './packagedApp';

const root = resolve(__dirname, '..');

startFromCommandLine(async () => {
	const argv = process.argv.slice(2);
	const hostsZip = argv.includes('--app') || argv.includes('--no-app');
	const sandbox = await runSandbox(hostsZip ? argv : [...argv, '--app', packagedApp(root)]);
	const admin = process.env.ADMIN_USERNAME || 'admin';
	if (!sandbox.engine.hasApp()) {
		console.log(`No app is installed. Deploy Leave Group as to a real server: npm run deploy -- --url ${sandbox.url} -u ${admin} -p <password>`);
	} else if (sandbox.demo) {
		const group = sandbox.demo.soleOwnerGroup.name;
		console.log(`Leave ${group} through groups.leave: the endpoint curl above, with -d '{"roomName":"${group}"}'`);
	} else {
		console.log(
			`Create a group with POST /api/v1/groups.create -d '{"name":"my-group"}', then leave it with the endpoint curl above and -d '{"roomName":"my-group"}'`,
		);
	}
});
