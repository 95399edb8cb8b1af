// Builds the sandbox's web page (./src) into one folder the server serves: esbuild bundles React, Rocket.Chat's
// fuselage and fuselage-ui-kit and the page's code from node_modules, so nothing is fetched when the page runs. Run by
// the sandbox's postinstall and, when the sources changed since, at start; a stamp keyed by the inputs skips a fresh build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SANDBOX_DIR = join(__dirname, '..');
const SOURCE_DIR = join(__dirname, 'src');
/** Beside the runtime pointer (setup/prepare-runtime.mjs): recreated by `npm ci`, never committed. */
export const WEB_PAGE_DIR = join(SANDBOX_DIR, 'node_modules', '.cache', 'rocketchat-apps-sandbox', 'web');
const STAMP = join(WEB_PAGE_DIR, 'build.stamp');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** What the bundle is made of: the page's sources, this script, and the installed versions of what it bundles. */
function inputsHash(): string {
	const hash = createHash('sha256');
	for (const file of [...filesUnder(SOURCE_DIR), __filename].sort()) {
		hash.update(relative(SANDBOX_DIR, file)).update(readFileSync(file));
	}
	for (const name of ['react', 'react-dom', '@rocket.chat/fuselage', '@rocket.chat/fuselage-ui-kit', '@rocket.chat/icons', 'esbuild']) {
		hash.update(`${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`);
	}
	return hash.digest('hex');
}

export function webPageIsFresh(): boolean {
	return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputsHash();
}

/** Builds the page unless it is already fresh; answers whether it built. */
export async function buildWebPage(): Promise<boolean> {
	const inputs = inputsHash();
	if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) {
		return false;
	}
	// esbuild is loaded only to build, so starting with a fresh page costs nothing.
	const esbuild = await import('esbuild');
	rmSync(WEB_PAGE_DIR, { recursive: true, force: true });
	mkdirSync(WEB_PAGE_DIR, { recursive: true });
	await esbuild.build({
		entryPoints: { page: join(SOURCE_DIR, 'main.tsx') },
		outdir: WEB_PAGE_DIR,
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		jsx: 'automatic',
		// fuselage picks its production build from NODE_ENV, as a bundler for a browser would set it.
		define: { 'process.env.NODE_ENV': '"production"' },
		// The icon font's CSS names its font files; they are copied beside the bundle.
		loader: { '.eot': 'file', '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file' },
		assetNames: '[name]-[hash]',
		logLevel: 'warning',
	});
	writeFileSync(join(WEB_PAGE_DIR, 'index.html'), readFileSync(join(SOURCE_DIR, 'index.html')));
	writeFileSync(STAMP, inputs);
	return true;
}

if (require.main === module) {
	const started = Date.now();
	buildWebPage().then(
		(built) => console.log(built ? `web page: built into ${WEB_PAGE_DIR} (${Date.now() - started} ms)` : `web page: already built in ${WEB_PAGE_DIR}`),
		(error: unknown) => {
			console.error('web page: the build failed', error);
			process.exit(1);
		},
	);
}
