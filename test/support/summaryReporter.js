// Ends every jest run with one plain line, "jest: N passed, N failed", which CI reads to count the tests that ran.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const tail = skipped > 0 ? `, ${skipped} skipped` : '';
		process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
	}
}

module.exports = SummaryReporter;
