// Which Apps-Engine release hosts the app: the default @rocket.chat/apps-engine (1.62.0), or an older one installed beside
// it as the npm alias `apps-engine-<version>` (sandbox/package.json), chosen with SANDBOX_ENGINE or `--engine <version>`.
// Every `@rocket.chat/apps-engine/...` require of the sandbox is sent to the chosen package, so the bridges subclass that
// engine's own classes. It must be imported before any engine module loads, hence read from the command line at load.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

const DEFAULT_PACKAGE = '@rocket.chat/apps-engine';

function versionOf(packageName: string): string {
	return (JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as { version: string }).version;
}

function requestedEngine(): string | undefined {
	const flag = process.argv.indexOf('--engine');
	return (flag >= 0 ? process.argv[flag + 1] : undefined) ?? (process.env.SANDBOX_ENGINE || undefined);
}

/** The older engines installed beside the default one, as npm aliases `apps-engine-<version>` (sandbox/package.json). */
function installedAliases(): string[] {
	const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	return Object.keys(manifest.dependencies).filter((name) => /^apps-engine-\d/.test(name));
}

/** The npm package of the requested engine, or why there is none (told when the engine starts, not at load). */
function packageOf(version: string | undefined): { chosen: string; missing?: string } {
	if (version === undefined || version === versionOf(DEFAULT_PACKAGE)) {
		return { chosen: DEFAULT_PACKAGE };
	}
	const aliases = installedAliases();
	if (aliases.includes(`apps-engine-${version}`)) {
		return { chosen: `apps-engine-${version}` };
	}
	const installed = [versionOf(DEFAULT_PACKAGE), ...aliases.map((name) => name.slice('apps-engine-'.length))];
	return { chosen: DEFAULT_PACKAGE, missing: `Apps-Engine ${version} is not installed beside the sandbox (installed: ${installed.join(', ')})` };
}

const { chosen, missing } = packageOf(requestedEngine());

if (chosen !== DEFAULT_PACKAGE) {
	type Resolve = (request: string, ...rest: unknown[]) => string;
	const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
	const resolve = moduleWithResolve._resolveFilename;
	moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]): string {
		const redirected = request === DEFAULT_PACKAGE || request.startsWith(`${DEFAULT_PACKAGE}/`) ? chosen + request.slice(DEFAULT_PACKAGE.length) : request;
		return resolve.call(this, redirected, ...rest);
	};
}

const version = versionOf(chosen);

/** The version of the engine the sandbox hosts apps on; throws when the one asked for is not installed. */
export function hostedEngineVersion(): string {
	if (missing !== undefined) {
		throw new Error(missing);
	}
	return version;
}
