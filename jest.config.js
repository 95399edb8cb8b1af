// Type checking is `npm run typecheck`'s job; ts-jest only transpiles here, which keeps the suites fast.
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
	reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
