import type { BenchResult } from './results';

export function formatReport(result: BenchResult): string {
	return JSON.stringify(result, null, 2);
}
