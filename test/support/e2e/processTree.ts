// Reads the process tree from /proc (Linux): the fault tests find the app's Deno subprocess under the sandbox process
// this way, and stopping the sandbox proves that no descendant outlived it.
import fs from 'node:fs';

export interface ProcessInfo {
	pid: number;
	ppid: number;
	/** The executable's short name (`comm`), e.g. `deno` or `node`. */
	name: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Format: "pid (comm) state ppid …"; comm may itself hold spaces or parentheses.
		const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
		const [state, ppid] = stat
			.slice(stat.lastIndexOf(')') + 2)
			.split(' ')
			.slice(0, 2);
		return state === 'Z' ? undefined : { pid, ppid: Number(ppid), name };
	} catch {
		return undefined;
	}
}

function allProcesses(): ProcessInfo[] {
	return fs
		.readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.map((entry) => readProcess(Number(entry)))
		.filter((info): info is ProcessInfo => info !== undefined);
}

/** Every living (non-zombie) descendant of `rootPid`, parents before children. */
export function descendantsOf(rootPid: number): ProcessInfo[] {
	const processes = allProcesses();
	const found: ProcessInfo[] = [];
	let frontier = [rootPid];
	while (frontier.length > 0) {
		const children = processes.filter((info) => frontier.includes(info.ppid));
		found.push(...children);
		frontier = children.map((info) => info.pid);
	}
	return found;
}

export function isAlive(pid: number): boolean {
	return readProcess(pid) !== undefined;
}
