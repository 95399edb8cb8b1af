import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { catalogues, languagePreferenceOf, replyLanguage, translate } from '../../src/i18n/translate';

const LANGUAGES = ['en', 'pt-BR', 'es', 'de', 'fr'];
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const userWithLanguage = (language?: string) => ({ settings: { preferences: { language } } }) as unknown as IUser;

describe('message catalogue', () => {
	it('has the five languages', () => {
		expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
	});

	it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the English keys, each with the same placeholders', (language) => {
		const catalogue = catalogues[language as keyof typeof catalogues];
		expect(Object.keys(catalogue).sort()).toEqual(Object.keys(catalogues.en).sort());
		for (const [key, english] of Object.entries(catalogues.en)) {
			expect({ key, placeholders: placeholdersOf(catalogue[key as keyof typeof catalogue]) }).toEqual({ key, placeholders: placeholdersOf(english) });
			expect(catalogue[key as keyof typeof catalogue].trim()).not.toBe('');
		}
	});

	it('has a translated Rocket.Chat i18n file per language, each with the same non-empty keys', () => {
		const folder = join(__dirname, '..', '..', 'i18n');
		const files = readdirSync(folder).sort();
		expect(files).toEqual(LANGUAGES.map((language) => `${language}.json`).sort());
		const english = JSON.parse(readFileSync(join(folder, 'en.json'), 'utf8')) as Record<string, string>;
		expect(Object.keys(english).sort()).toEqual(
			[
				'LeaveGroup_Allowed_Roles',
				'LeaveGroup_Allowed_Roles_Description',
				'LeaveGroup_Button_Label',
				'LeaveGroup_Command_Description',
				'LeaveGroup_Command_Params_Example',
				'LeaveGroup_Sole_Owner_Delete',
				'LeaveGroup_Sole_Owner_Delete_Description',
				'LeaveGroup_Undo_Minutes',
				'LeaveGroup_Undo_Minutes_Description',
				'LeaveGroups_Command_Description',
			].sort(),
		);
		for (const file of files) {
			const texts = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
			expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
			Object.values(texts).forEach((text) => expect(text.trim()).not.toBe(''));
		}
	});
});

describe('languagePreferenceOf: the language the sender chose', () => {
	it.each([
		['pt-BR', 'pt-BR'],
		['ja', 'ja'],
		['', undefined],
		[undefined, undefined],
	])('reads %p as %p', (language, expected) => {
		expect(languagePreferenceOf(userWithLanguage(language))).toBe(expected);
	});

	it('finds none on a user without settings', () => {
		expect(languagePreferenceOf({} as IUser)).toBeUndefined();
	});
});

describe('replyLanguage: which catalogue answers', () => {
	it.each([
		['pt-BR', 'pt-BR'],
		['pt', 'pt-BR'],
		['pt-PT', 'pt-BR'],
		['es', 'es'],
		['es-MX', 'es'],
		['de', 'de'],
		['de_AT', 'de'],
		['fr', 'fr'],
		['EN', 'en'],
		['ja', 'en'],
	])("maps the sender's preference %s to %s", (preference, expected) => {
		expect(replyLanguage(preference)).toBe(expected);
	});

	it("prefers the sender's own choice to the workspace default", () => {
		expect(replyLanguage('fr', 'pt-BR')).toBe('fr');
	});

	it('keeps a sender who chose a language without a catalogue in English, not in the workspace default', () => {
		expect(replyLanguage('ja', 'pt-BR')).toBe('en');
	});

	it.each([
		['pt-BR', 'pt-BR'],
		['pt', 'pt-BR'],
		['de-AT', 'de'],
		['es', 'es'],
	])('answers a sender without a preference in the workspace default %s: %s', (workspaceLanguage, expected) => {
		expect(replyLanguage(undefined, workspaceLanguage)).toBe(expected);
	});

	it.each([[''], ['ja'], [undefined], [null], [42]])('falls back to English when the workspace default is %p', (workspaceLanguage) => {
		expect(replyLanguage(undefined, workspaceLanguage)).toBe('en');
	});
});

describe('translate', () => {
	it('fills placeholders', () => {
		expect(translate('en', 'left', { name: 'team' })).toBe('You left #team.');
		expect(translate('de', 'left', { name: 'team' })).toBe('Du hast #team verlassen.');
	});
});
