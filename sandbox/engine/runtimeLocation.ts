import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where setup/prepare-runtime.mjs (npm postinstall) put the deno stand-in, the generated config and the DENO_DIR. */
export interface PreparedRuntime {
	runtimeDir: string;
	binDir: string;
	denoDir: string;
	configFile: string;
}

const POINTER_DIR = join(__dirname, '..', 'node_modules', '.cache', 'rocketchat-apps-sandbox');

/** The runtime prepared for the engine of that version (each installed engine has its own pointer file). */
export function preparedRuntime(engineVersion: string): PreparedRuntime {
	const POINTER_FILE = join(POINTER_DIR, `runtime-${engineVersion}.json`);
	if (!existsSync(POINTER_FILE)) {
		throw new Error(`The Deno runtime is not prepared (${POINTER_FILE} is missing): run \`npm install\` (it runs the sandbox's setup/prepare-runtime.mjs)`);
	}
	const runtime = JSON.parse(readFileSync(POINTER_FILE, 'utf8')) as PreparedRuntime;
	if (!existsSync(join(runtime.binDir, 'deno'))) {
		throw new Error(`The Deno runtime in ${runtime.runtimeDir} is gone: run \`npm install\` again`);
	}
	return runtime;
}
