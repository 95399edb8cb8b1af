import { spawnSync } from 'node:child_process';
import path from 'node:path';

// `npm start` refuses what it cannot do in one line on stderr and exit code 1 (sandbox/README.md), before anything starts.

const repoRoot = path.resolve(__dirname, '../..');

describe('starting npm start', () => {
	it('with --engine of an engine not installed, says so in one line, names the installed ones and exits 1', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--empty', '--engine', '9.9.9'], {
			cwd: repoRoot,
			env: { ...process.env, NODE_ENV: 'e2e', PORT: '0', BIND_IP: '127.0.0.1' },
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/^The sandbox could not start: Apps-Engine 9\.9\.9 is not installed beside the sandbox \(installed: 1\.62\.0, 1\.46\.0, [^\n]*\)\n$/,
		);
	});
});
