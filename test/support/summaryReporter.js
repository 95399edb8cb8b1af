// Ends every jest run with one plain line, "jest: N passed, N failed", which CI reads to count the tests that ran.
// It is written on exit so that it comes after jest's own summary, as the last line.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const tail = skipped > 0 ? `, ${skipped} skipped` : '';
		const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}`;
		process.once('exit', () => process.stdout.write(`\n${line}\n`));
	}
}

module.exports = SummaryReporter;
