import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

export interface MachineFacts {
	nproc: number;
	cpuModel: string;
	memoryTotalMb: number;
	kernel: string;
	/** 1-minute load average when the run started: how busy the (shared) machine already was. */
	loadAverageAtStart: number;
	node: string;
	deno: string;
	appsEngine: string;
}

function packageVersion(name: string): string {
	return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** The version the deno binary itself reports (the one the engine runs, through the sandbox's stand-in). */
function denoVersion(): string {
	const binary = join(dirname(require.resolve('deno/package.json')), 'deno');
	const firstLine = execFileSync(binary, ['--version'], { encoding: 'utf8' }).split('\n')[0];
	return /^deno (\S+)/.exec(firstLine)?.[1] ?? firstLine;
}

export function machineFacts(): MachineFacts {
	return {
		nproc: availableParallelism(),
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryTotalMb: Math.round(totalmem() / 1024 / 1024),
		kernel: release(),
		loadAverageAtStart: loadavg()[0],
		node: process.version,
		deno: denoVersion(),
		appsEngine: packageVersion('@rocket.chat/apps-engine'),
	};
}
