// npm test's engine matrix (issue 9): after the whole suite on the default engine, the engine-touching cases
// (jest.engine.config.js) on each older engine installed beside it as an npm alias apps-engine-<version>.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const sandbox = JSON.parse(readFileSync(new URL('../sandbox/package.json', import.meta.url), 'utf8'));
const versions = Object.keys(sandbox.dependencies)
	.filter((name) => /^apps-engine-\d/.test(name))
	.map((name) => name.slice('apps-engine-'.length));

const failed = [];
for (const version of versions) {
	const started = Date.now();
	console.log(`\nengine matrix: Apps-Engine ${version}`);
	const run = spawnSync('npx', ['jest', '-c', 'jest.engine.config.js'], { stdio: 'inherit', env: { ...process.env, SANDBOX_ENGINE: version } });
	console.log(`engine matrix: Apps-Engine ${version} ${run.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
	if (run.status !== 0) {
		failed.push(version);
	}
}
if (failed.length > 0) {
	console.error(`engine matrix: failed on ${failed.join(', ')}`);
	process.exit(1);
}
