// Ends every jest run with one plain line, "jest: N passed, N failed", which CI reads to count the tests that ran.
// It is written on exit so that it comes after jest's own summary, as the last line.
const { writeSync } = require('node:fs');

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const tail = skipped > 0 ? `, ${skipped} skipped` : '';
		const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}`;
		// Synchronous: a forced exit (jest.engine.config.js) would drop an asynchronous write to a pipe.
		process.once('exit', () => writeSync(1, `\n${line}\n`));
	}
}

module.exports = SummaryReporter;
