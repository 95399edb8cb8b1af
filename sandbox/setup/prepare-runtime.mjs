// Prepares what the published @rocket.chat/apps-engine 1.62.0, and each older engine beside it, needs to run its Deno
// runtime on a machine that reaches the npm registry only (see shared engine-host-notes): a `deno` stand-in, a generated
// deno config, and a DENO_DIR filled once with `deno install`. Runs as npm postinstall; idempotent, and quick when a
// stamp says all is already prepared.
//
// Where the generated files live: deno looks for a package.json above its config and, finding the project's, once
// rewrote node_modules into its own layout. So the stand-in, the config and the DENO_DIR go in a per-user cache folder
// (XDG_CACHE_HOME, ~/.cache, or the temp folder: the first with no package.json or deno.json above it), keyed by the
// engine and deno versions and by this checkout's path (the config holds absolute paths into it). The project then finds
// them through node_modules/.cache/rocketchat-apps-sandbox/runtime-<engine version>.json, which `npm ci` recreates with
// node_modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const setupDir = dirname(fileURLToPath(import.meta.url));
// The sandbox package: its dependencies may be hoisted to a workspace root, which require.resolve finds from here.
const projectRoot = join(setupDir, '..');
const require = createRequire(join(projectRoot, 'package.json'));

const denoVersion = require('deno/package.json').version;
const pointerDir = join(projectRoot, 'node_modules', '.cache', 'rocketchat-apps-sandbox');

// The default engine, then every older one installed beside it as an npm alias `apps-engine-<version>` (sandbox/package.json).
const enginePackages = [
	'@rocket.chat/apps-engine',
	...Object.keys(require('./package.json').dependencies ?? {}).filter((name) => /^apps-engine-\d/.test(name)),
];

// The engine's imports this machine cannot resolve, each mapped to a module of ours under sandbox/setup/deno/.
const replacedImports = {
	'@std/cli/parse-args': 'cli-parse-args.mjs',
	'@std/io': 'io.mjs',
	'@std/streams': 'streams.mjs',
	'@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts': 'AppsEngineException.mjs',
	// Engines 1.46–1.59 import writeAll by URL from deno.land, which is unreachable; an import map remaps the URL.
	'https://deno.land/std@0.216.0/io/write_all.ts': 'io.mjs',
};

function fileUrl(path) {
	return pathToFileURL(path).href;
}

function generatedConfig(engineDir) {
	const engineConfig = JSON.parse(readFileSync(join(engineDir, 'deno-runtime', 'deno.jsonc'), 'utf8'));
	const imports = {};
	for (const [specifier, target] of Object.entries(engineConfig.imports)) {
		if (target.startsWith('npm:')) {
			imports[specifier] = target;
		} else if (specifier === '@rocket.chat/apps-engine/') {
			// Kept pointing at the unshipped src/: the runtime's lib/require.ts rewrites `…/apps-engine/src/…` to the compiled files.
			imports[specifier] = fileUrl(join(engineDir, 'src')) + '/';
		} else if (!specifier.startsWith('@std/')) {
			throw new Error(`prepare-runtime: the engine's deno config maps ${specifier} to ${target}, which this setup does not know how to supply`);
		}
	}
	for (const [specifier, module] of Object.entries(replacedImports)) {
		imports[specifier] = fileUrl(join(setupDir, 'deno', module));
	}
	return { imports, unstable: engineConfig.unstable, nodeModulesDir: 'none', lock: false };
}

function hasProjectFileAbove(dir) {
	for (let current = dir; ; current = dirname(current)) {
		if (['package.json', 'deno.json', 'deno.jsonc'].some((name) => existsSync(join(current, name)))) {
			return true;
		}
		if (current === parse(current).root) {
			return false;
		}
	}
}

function cacheRoot() {
	const candidates = [process.env.XDG_CACHE_HOME, join(homedir(), '.cache'), tmpdir()].filter(Boolean);
	const root = candidates.find((candidate) => !hasProjectFileAbove(candidate));
	if (!root) {
		throw new Error(`prepare-runtime: every cache folder (${candidates.join(', ')}) has a package.json or deno.json above it`);
	}
	return join(root, 'rocketchat-apps-sandbox');
}

function shellQuote(value) {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}

// The engine spawns `deno` from PATH with an environment cut down to PATH and DENO_DIR, so the stand-in reads its
// settings from the file next to it, swaps the engine's --config for ours, and becomes the real binary (exec keeps the
// pid, so the engine's kill reaches deno itself). It runs from the runtime folder, which has no package.json above it.
// Engines before 1.62 run main.ts where it is installed, and deno refuses to strip types under node_modules: the stand-in
// runs a copy of it in the runtime folder instead, as 1.62 itself copies it to a temp folder.
const standInScript = `#!/bin/sh
# deno stand-in written by sandbox/setup/prepare-runtime.mjs: runs the real deno with the sandbox's config and DENO_DIR.
here=$(dirname "$0")
. "$here/deno.settings"
for arg do
	shift
	case $arg in
		--config=*) had_config=yes; set -- "$@" "--config=$SANDBOX_DENO_CONFIG" ;;
		"$SANDBOX_ENGINE_MAIN") set -- "$@" "$SANDBOX_RUNTIME_DIR/deno-runtime/main.ts" ;;
		*) set -- "$@" "$arg" ;;
	esac
done
# Engines before 1.62 pass no --config (deno would find the engine's own next to main.ts) and no --cached-only.
if [ "$1" = run ] && [ "$had_config" != yes ]; then
	shift
	set -- run --cached-only "--config=$SANDBOX_DENO_CONFIG" "$@"
fi
DENO_DIR=$SANDBOX_DENO_DIR
export DENO_DIR
cd "$SANDBOX_RUNTIME_DIR" || exit 1
exec "$SANDBOX_REAL_DENO" "$@"
`;

// Loads the runtime's whole module graph offline, as the engine will: main.ts imports everything, then exits with 1001
// when not started as a subprocess (the status a process sees is that code modulo 256). Run through a symlink because deno refuses to run scripts inside node_modules.
function checkRuntimeLoadsOffline(engineDir, standIn) {
	const linkDir = mkdtempSync(join(tmpdir(), 'rocketchat-apps-sandbox-check-'));
	try {
		symlinkSync(join(engineDir, 'deno-runtime'), join(linkDir, 'deno-runtime'), 'dir');
		execFileSync(
			standIn,
			[
				'run',
				'--cached-only',
				`--config=${join(engineDir, 'deno-runtime', 'deno.jsonc')}`,
				`--allow-read=${engineDir}`,
				join(linkDir, 'deno-runtime', 'main.ts'),
			],
			{
				env: { PATH: process.env.PATH },
				stdio: 'pipe',
			},
		);
	} catch (error) {
		if (error.status !== 1001 % 256) {
			throw new Error(`prepare-runtime: the Deno runtime does not load from the prepared cache:\n${error.stderr ?? error.message}`);
		}
	} finally {
		rmSync(linkDir, { recursive: true, force: true });
	}
}

// Apps-Engine 1.46 runs deno from its deno-bin dependency, not from PATH; the project overrides deno-bin with
// setup/deno-bin, whose bin/deno execs the script written here, which names this engine's stand-in.
function handOverFromDenoBin(enginePackage, standIn) {
	if (!require(`${enginePackage}/package.json`).dependencies?.['deno-bin']) {
		return;
	}
	mkdirSync(pointerDir, { recursive: true });
	writeFileSync(join(pointerDir, 'deno-bin'), `#!/bin/sh\nexec ${shellQuote(standIn)} "$@"\n`, { mode: 0o755 });
}

function prepare(enginePackage) {
	const engineDir = dirname(require.resolve(`${enginePackage}/package.json`));
	const engineVersion = require(`${enginePackage}/package.json`).version;
	const runtimeEntry = join(engineDir, 'deno-runtime', 'main.ts');
	const pointerFile = join(pointerDir, `runtime-${engineVersion}.json`);
	const realDeno = require('deno/install_api.cjs').runInstall();
	const config = generatedConfig(engineDir);
	const ourModules = Object.values(replacedImports).map((module) => readFileSync(join(setupDir, 'deno', module), 'utf8'));
	const inputs = createHash('sha256')
		.update(JSON.stringify({ engineVersion, denoVersion, projectRoot, realDeno, config, standInScript, ourModules }))
		.digest('hex');

	const runtimeDir = join(
		cacheRoot(),
		`apps-engine-${engineVersion}_deno-${denoVersion}_${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`,
	);
	const binDir = join(runtimeDir, 'bin');
	const standIn = join(binDir, 'deno');
	const configFile = join(runtimeDir, 'deno.json');
	const denoDir = join(runtimeDir, 'deno-dir');
	const stampFile = join(runtimeDir, 'prepared.stamp');
	const pointer = { runtimeDir, binDir, denoDir, configFile };

	handOverFromDenoBin(enginePackage, standIn);
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputs && existsSync(pointerFile)) {
		console.log(`prepare-runtime: already prepared in ${runtimeDir}`);
		return;
	}

	const started = Date.now();
	mkdirSync(binDir, { recursive: true });
	rmSync(stampFile, { force: true });
	writeFileSync(configFile, JSON.stringify(config, null, '\t') + '\n');
	// A copy, not a link: deno resolves a link to the real path, under node_modules.
	rmSync(join(runtimeDir, 'deno-runtime'), { recursive: true, force: true });
	cpSync(join(engineDir, 'deno-runtime'), join(runtimeDir, 'deno-runtime'), { recursive: true });
	const settings = {
		SANDBOX_ENGINE_MAIN: runtimeEntry,
		SANDBOX_REAL_DENO: realDeno,
		SANDBOX_DENO_CONFIG: configFile,
		SANDBOX_DENO_DIR: denoDir,
		SANDBOX_RUNTIME_DIR: runtimeDir,
	};
	writeFileSync(
		join(binDir, 'deno.settings'),
		Object.entries(settings)
			.map(([name, value]) => `${name}=${shellQuote(value)}\n`)
			.join(''),
	);
	writeFileSync(standIn, standInScript);
	chmodSync(standIn, 0o755);

	// npm registry only: the generated config maps every jsr import away, so `deno install` fetches npm packages alone.
	execFileSync(realDeno, ['install', `--config=${configFile}`, '--entrypoint', runtimeEntry], {
		cwd: runtimeDir,
		env: { ...process.env, DENO_DIR: denoDir },
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	checkRuntimeLoadsOffline(engineDir, standIn);

	mkdirSync(dirname(pointerFile), { recursive: true });
	writeFileSync(pointerFile, JSON.stringify(pointer, null, '\t') + '\n');
	writeFileSync(stampFile, inputs);
	console.log(`prepare-runtime: prepared the Deno runtime in ${runtimeDir} (${Date.now() - started} ms)`);
}

for (const enginePackage of enginePackages) {
	prepare(enginePackage);
}
