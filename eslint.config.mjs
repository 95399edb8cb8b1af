// Lint rules in Rocket.Chat's style; formatting itself is Prettier's job (see .prettierrc.json).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// The app's layers: adapters (command, endpoint, dialog) → the use cases (leave, undo, bulk) → Rocket.Chat access, never back; the app never reaches
// into the sandbox, the tests or the benchmark. Flat config replaces a rule's options per file, so each layer lists all
// that applies to it.
const outsideTheApp = {
	group: ['**/sandbox/**', '**/test/**', '**/bench/**'],
	message: 'The app stands alone: it imports nothing from the sandbox, tests or benchmark.',
};
const adapters = { group: ['**/command/**', '**/endpoint/**', '**/dialog/**'], message: 'Adapters depend on the use cases, never the other way.' };
const theLeave = { group: ['**/leave/**', '**/undo/**', '**/bulk/**'], message: 'Rocket.Chat access does not know the use cases that use it.' };
const rocketChat = { group: ['@rocket.chat/**', '**/rocketchat/**'], message: 'The decision is pure: it takes facts, not Rocket.Chat objects.' };
const layer = (files, ...patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
	{ ignores: ['node_modules/', 'dist/', '.build/', 'coverage/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	prettier,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
			eqeqeq: ['error', 'always'],
			'no-console': 'off',
		},
	},
	{
		// Jest's config and reporter are CommonJS, loaded by jest itself.
		files: ['**/*.js'],
		languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	layer(['LeaveGroupApp.ts', 'src/**/*.ts'], outsideTheApp),
	layer(['src/leave/**/*.ts', 'src/undo/**/*.ts', 'src/bulk/**/*.ts'], outsideTheApp, adapters),
	layer(
		[
			'src/leave/decideLeave.ts',
			'src/leave/leaveErrors.ts',
			'src/leave/planLeave.ts',
			'src/undo/undoTicket.ts',
			'src/bulk/groupList.ts',
			'src/bulk/inParallel.ts',
		],
		outsideTheApp,
		adapters,
		rocketChat,
	),
	layer(['src/rocketchat/**/*.ts'], outsideTheApp, adapters, theLeave),
);
