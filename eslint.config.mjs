// Lint rules in Rocket.Chat's style; formatting itself is Prettier's job (see .prettierrc.json).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

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
);
