import type { BulkFigure, BulkResult } from './bulkBench';
import { ROUND_TRIP_HOLD_MS } from './benchRequests';
import { machineFacts } from './machine';

function row(label: string, figure: BulkFigure): string[] {
	const calls = Object.entries(figure.accessorCallsByMethod)
		// The reader and method (getServerSettings:getValueById): the method alone would not tell two settings reads apart.
		.map(([method, count]) => `${method.split(':').slice(-2).join('.')} ${count}`)
		.join(', ');
	return [
		label,
		`${figure.medianMs.toFixed(2)} ms`,
		`${figure.p95Ms.toFixed(2)} ms`,
		`${figure.medianRatio.toFixed(1)}×`,
		`${(figure.medianMs / figure.groups).toFixed(3)} ms`,
		String(figure.accessorCalls),
		String(figure.mostInFlight),
		calls,
	];
}

export function formatBulkReport(result: BulkResult): string {
	const machine = machineFacts();
	const header = ['', 'median', 'p95', '/ baseline', 'per group', 'accessor calls', 'most in flight', 'calls by method'];
	const rows = [
		...result.listing.map((figure) => row(`list ${figure.groups.toLocaleString('en-US')} groups`, figure)),
		row(`leave ${result.leaving.groups}`, result.leaving),
	];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column].length)));
	const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padStart(widths[column]))).join('  ')}`;
	return [
		'',
		`Leave Group: the cost of /leavegroups. Real Apps-Engine ${machine.appsEngine}, the app in Deno ${machine.deno}; every request over HTTP on 127.0.0.1.`,
		`"list N": commands.run /leavegroups by a person in N private groups (reads, saved list, dialog opened). "leave ${result.leaving.groups}": the dialog's`,
		`Leave with ${result.leaving.groups} groups chosen (checks, removals, summary with Undo). ${result.leaving.samples} samples each; groups.info baseline ${result.baselineMedianMs.toFixed(2)} ms.`,
		`"most in flight": the most calls open at the host at once, in the same requests with every call held ${ROUND_TRIP_HOLD_MS} ms.`,
		`App: ${result.appZip}`,
		'',
		line(header),
		...rows.map(line),
		'',
		`Machine: ${machine.nproc} CPUs, Linux ${machine.kernel}, Node ${machine.node}; load average ${machine.loadAverageAtStart.toFixed(2)} at start.`,
	].join('\n');
}
