import { startSandbox } from '../support/e2e/sandboxProcess';

// `npm start` in a terminal: Ctrl-C sends SIGINT to the whole foreground process group, the app's Deno child included,
// and a service manager sends SIGTERM to the sandbox alone. Either way it stops at once, says nothing alarming and
// leaves no process behind (stop() fails on any survivor).

const STOP_WITHIN_MS = 2_000;

describe('stopping npm start', () => {
	it.each([
		['Ctrl-C (SIGINT to the process group)', { signal: 'SIGINT' as const, group: true }],
		['SIGTERM to the sandbox alone', { signal: 'SIGTERM' as const, group: false }],
	])(
		'%s stops it within 2 s, quietly, with nothing left running',
		async (_how, how) => {
			const sandbox = await startSandbox();
			const tookMs = await sandbox.stop(how);
			expect(tookMs).toBeLessThan(STOP_WITHIN_MS);
			expect(sandbox.output()).toContain(`${how.signal}: stopping the sandbox`);
			expect(sandbox.output()).not.toMatch(/did not stop/);
		},
		120_000,
	);
});
