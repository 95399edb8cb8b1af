// Order statistics over latency samples. Nearest-rank percentiles: with 40–60 samples an interpolated p95 would
// invent a value between the two slowest requests, while nearest-rank reports one that was actually observed.

export function percentile(samples: readonly number[], fraction: number): number {
	if (samples.length === 0) {
		throw new Error('percentile of no samples');
	}
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil(fraction * sorted.length));
	return sorted[rank - 1];
}

export function median(samples: readonly number[]): number {
	if (samples.length === 0) {
		throw new Error('median of no samples');
	}
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounded for reports: three decimals keep sub-millisecond differences visible without pretending to more. */
export function round(value: number, decimals = 3): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}
