// The app zip `npm start` hosts: dist/<nameSlug>_<version>.zip, rebuilt with `npm run package` when it is missing or
// older than any of the app's sources. Several sandboxes may start at once (test workers do): rebuilding is serialised
// by a lock file and the freshness checked again inside, so they package once instead of each on its own.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const APP_SOURCES = ['app.json', 'LeaveGroupApp.ts', 'icon.png', 'i18n', 'src'];
const LOCK_WAIT_MS = 180_000;
// A lock older than this was left by a packager that died; packaging takes well under a minute.
const STALE_LOCK_MS = 300_000;
const POLL_MS = 200;

function newestModification(path: string): number {
	const stats = statSync(path);
	if (!stats.isDirectory()) {
		return stats.mtimeMs;
	}
	return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

function isFresh(root: string, zip: string): boolean {
	const sourcesChanged = Math.max(
		...APP_SOURCES.map((source) => join(root, source))
			.filter(existsSync)
			.map(newestModification),
	);
	return existsSync(zip) && statSync(zip).mtimeMs >= sourcesChanged;
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(lockPath: string, work: () => T): T {
	const deadline = Date.now() + LOCK_WAIT_MS;
	for (;;) {
		try {
			closeSync(openSync(lockPath, 'wx'));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}
			const lockAge = Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (lockAge > STALE_LOCK_MS) {
				rmSync(lockPath, { force: true });
			} else if (Date.now() > deadline) {
				throw new Error(`another packager has held ${lockPath} for over ${LOCK_WAIT_MS / 1000} s`);
			}
			sleep(POLL_MS);
		}
	}
	try {
		return work();
	} finally {
		rmSync(lockPath, { force: true });
	}
}

export function packagedApp(root: string): string {
	const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as { nameSlug: string; version: string };
	const zip = join(root, 'dist', `${app.nameSlug}_${app.version}.zip`);
	if (isFresh(root, zip)) {
		return zip;
	}
	mkdirSync(join(root, 'dist'), { recursive: true });
	return withLock(join(root, 'dist', '.packaging.lock'), () => {
		if (isFresh(root, zip)) {
			return zip;
		}
		console.error(`Packaging the app (${existsSync(zip) ? 'its sources changed' : 'no zip yet'}): npm run package`);
		// The packager's output goes to stderr so that stdout carries only the sandbox's own lines.
		const result = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 2, 2] });
		if (result.status !== 0 || !existsSync(zip)) {
			throw new Error(`npm run package failed (exit ${result.status ?? result.signal}); see above`);
		}
		return zip;
	});
}
