import { readFileSync } from 'node:fs';

/** Peak resident memory of this Node process (the workspace, the engine host and the REST server), in MiB. */
export function nodePeakRssMb(): number {
	// resourceUsage().maxRSS is in KiB on Linux.
	return process.resourceUsage().maxRSS / 1024;
}

/** Peak resident memory (VmHWM) of another process, in MiB, read from /proc while it still runs. */
export function processPeakRssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
	if (!match) {
		throw new Error(`no VmHWM in /proc/${pid}/status`);
	}
	return Number(match[1]) / 1024;
}

/** Whether a process with this pid still exists (a zombie counts: it has not been reaped). */
export function processExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ESRCH') {
			return false;
		}
		throw error;
	}
}
