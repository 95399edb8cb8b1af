// `npm run package`: builds dist/<nameSlug>_<version>.zip with `rc-apps package`, from a staging folder that holds only
// the app's own files. rc-apps compiles every .ts and zips every other file where it runs, and rewrites app.json's
// requiredApiVersion from package.json — run at the top level it would ship tests, configs and lock files.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { removeZipEntries, zipEntries } from './zipFile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_FILES = ['app.json', 'LeaveGroupApp.ts', 'icon.png', 'i18n', 'src'];

const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const zipPath = join(root, 'dist', `${app.nameSlug}_${app.version}.zip`);

function fail(message) {
	throw new Error(`package: ${message}`);
}

/** A fresh staging folder per run: several packagings (e.g. parallel test runs) must not share one. */
function stage() {
	mkdirSync(join(root, '.build'), { recursive: true });
	const stagingDir = mkdtempSync(join(root, '.build', 'package-'));
	for (const file of APP_FILES) {
		cpSync(join(root, file), join(stagingDir, file), { recursive: true });
	}
	// The CLI copies this devDependency spec into app.json when its version differs, so it must be the app's own floor.
	writeFileSync(
		join(stagingDir, 'package.json'),
		`${JSON.stringify({ name: app.nameSlug, version: app.version, private: true, devDependencies: { '@rocket.chat/apps-engine': app.requiredApiVersion } }, null, '\t')}\n`,
	);
	symlinkSync(join(root, 'node_modules'), join(stagingDir, 'node_modules'), 'dir');
	return stagingDir;
}

/**
 * Stages the app, packages it, checks the zip and moves it into dist/ in one rename, so a reader never sees half a zip.
 * The staging folder is removed unless `keepStaging` (deploy runs `rc-apps deploy` there); the caller removes it then.
 */
export function packageApp({ keepStaging = false } = {}) {
	const stagingDir = stage();
	try {
		const built = join(stagingDir, 'dist', `${app.nameSlug}_${app.version}.zip`);
		try {
			execFileSync(join(root, 'node_modules', '.bin', 'rc-apps'), ['package'], { cwd: stagingDir, stdio: 'inherit' });
		} catch {
			fail('rc-apps package failed (see above)');
		}
		if (!existsSync(built)) {
			fail(`rc-apps wrote no ${relative(root, built)}`);
		}
		// The CLI refuses to run without package.json and zips it with the app; the app does not need it.
		removeZipEntries(built, ['package.json']);
		verify(built);
		mkdirSync(dirname(zipPath), { recursive: true });
		renameSync(built, zipPath);
		console.log(zipPath);
		return { stagingDir, zipPath };
	} finally {
		if (!keepStaging) {
			rmSync(stagingDir, { recursive: true, force: true });
		}
	}
}

/**
 * Only compiled .js, app.json, i18n/*.json, the icon and the CLI's own `.packagedby` stamp may ship; app.json must keep
 * the app's requiredApiVersion.
 */
function verify(zip) {
	const entries = zipEntries(zip);
	const names = [...entries.keys()].filter((name) => !name.endsWith('/'));
	const unexpected = names.filter(
		(name) => !(name.endsWith('.js') || name === 'app.json' || name === '.packagedby' || name === app.iconFile || /^i18n\/[\w-]+\.json$/.test(name)),
	);
	if (unexpected.length > 0) {
		fail(`unexpected files in the zip: ${unexpected.join(', ')}`);
	}
	for (const required of ['app.json', app.iconFile, 'LeaveGroupApp.js', 'i18n/en.json']) {
		if (!names.includes(required)) {
			fail(`${required} is missing from the zip`);
		}
	}
	const packaged = JSON.parse(entries.get('app.json')().toString('utf8'));
	if (packaged.requiredApiVersion !== app.requiredApiVersion) {
		fail(`the zip's app.json says requiredApiVersion ${packaged.requiredApiVersion}, not ${app.requiredApiVersion}`);
	}
	if (packaged.id !== app.id || packaged.version !== app.version) {
		fail(`the zip's app.json does not match app.json (id ${packaged.id}, version ${packaged.version})`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		packageApp();
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
