// Type checking is `npm run typecheck`'s job; with isolatedModules (tsconfig.json) ts-jest only transpiles, which keeps the suites fast.
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	// The sandbox package's own tests run here too, so `npm test` covers the whole repository.
	roots: ['<rootDir>/test', '<rootDir>/sandbox/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': 'ts-jest' },
	reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
