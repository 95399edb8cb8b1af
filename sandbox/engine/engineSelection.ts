// Which Apps-Engine release hosts the app: the default @rocket.chat/apps-engine (1.62.0), or an older one installed beside
// it as the npm alias `apps-engine-<version>` (sandbox/package.json), chosen with SANDBOX_ENGINE or `--engine <version>`.
// Every `@rocket.chat/apps-engine/...` require of the sandbox is sent to the chosen package, so the bridges subclass that
// engine's own classes. It must be imported before any engine module loads, hence read from the command line at load.
import { readFileSync } from 'node:fs';
import Module from 'node:module';

const DEFAULT_PACKAGE = '@rocket.chat/apps-engine';

function versionOf(packageName: string): string {
	return (JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as { version: string }).version;
}

function requestedEngine(): string | undefined {
	const flag = process.argv.indexOf('--engine');
	return (flag >= 0 ? process.argv[flag + 1] : undefined) ?? (process.env.SANDBOX_ENGINE || undefined);
}

/** The npm package name of the chosen engine. */
export function enginePackageName(version = requestedEngine()): string {
	if (version === undefined) {
		return DEFAULT_PACKAGE;
	}
	const alias = `apps-engine-${version}`;
	try {
		const installed = versionOf(DEFAULT_PACKAGE);
		if (installed === version) {
			return DEFAULT_PACKAGE;
		}
		require.resolve(`${alias}/package.json`);
	} catch {
		throw new Error(`Apps-Engine ${version} is not installed beside the sandbox (no npm alias ${alias} in sandbox/package.json)`);
	}
	return alias;
}

const chosen = enginePackageName();

if (chosen !== DEFAULT_PACKAGE) {
	type Resolve = (request: string, ...rest: unknown[]) => string;
	const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
	const resolve = moduleWithResolve._resolveFilename;
	moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]): string {
		const redirected = request === DEFAULT_PACKAGE || request.startsWith(`${DEFAULT_PACKAGE}/`) ? chosen + request.slice(DEFAULT_PACKAGE.length) : request;
		return resolve.call(this, redirected, ...rest);
	};
}

/** The version of the engine the sandbox hosts apps on. */
export const hostedEngineVersion: string = versionOf(chosen);
