import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Catalogue, MessageKey } from './MessageKey';
import { ptBR } from './ptBR';

export const catalogues = { en, 'pt-BR': ptBR, es, de, fr } satisfies Record<string, Catalogue>;

export type Language = keyof typeof catalogues;

/**
 * The sender's language preference, matched to a catalogue: exactly, else by its base language (`pt`, `pt-PT` → pt-BR,
 * `de-AT` → de); English otherwise.
 */
export function languageOf(user: IUser): Language {
	const preference = user.settings?.preferences?.language;
	if (typeof preference !== 'string') {
		return 'en';
	}
	const wanted = preference.toLowerCase();
	const languages = Object.keys(catalogues) as Language[];
	const base = wanted.split(/[-_]/)[0];
	return languages.find((language) => language.toLowerCase() === wanted) ?? languages.find((language) => language.split('-')[0] === base) ?? 'en';
}

export function translate(language: Language, key: MessageKey, params: Record<string, string> = {}): string {
	return catalogues[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
