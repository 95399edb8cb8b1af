// `npm run deploy -- --url <server> -u <user> -p <password> [--code <2FA>] [--update]`: packages and checks the app,
// then runs `rc-apps deploy` from the staging folder with the given arguments. A git-ignored `.rcappsconfig` at the
// top level (url, userId, token) is used when present — token login through `-i`/`-t` is broken in apps-cli 1.9.0.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { packageApp } from './package.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let stagingDir;
try {
	({ stagingDir } = packageApp({ keepStaging: true }));
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
const config = join(root, '.rcappsconfig');
if (existsSync(config)) {
	copyFileSync(config, join(stagingDir, '.rcappsconfig'));
}
try {
	// rc-apps deploy compiles and zips the same staged files again before uploading them.
	execFileSync(join(root, 'node_modules', '.bin', 'rc-apps'), ['deploy', ...process.argv.slice(2)], { cwd: stagingDir, stdio: 'inherit' });
} catch {
	console.error('deploy: rc-apps deploy failed (see above)');
	process.exitCode = 1;
} finally {
	rmSync(stagingDir, { recursive: true, force: true });
}
