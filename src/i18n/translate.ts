import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Catalogue, MessageKey } from './MessageKey';
import { ptBR } from './ptBR';

export const catalogues = { en, 'pt-BR': ptBR, es, de, fr } satisfies Record<string, Catalogue>;

export type Language = keyof typeof catalogues;

/** The language the sender chose, if any: Rocket.Chat hands an app no preference (not even '') when they never chose one. */
export function languagePreferenceOf(user: IUser): string | undefined {
	const preference: unknown = user.settings?.preferences?.language;
	return typeof preference === 'string' && preference !== '' ? preference : undefined;
}

/** A language tag matched to a catalogue: exactly, else by its base language (`pt`, `pt-PT` → pt-BR, `de-AT` → de). */
function catalogueFor(tag: unknown): Language | undefined {
	if (typeof tag !== 'string' || tag === '') {
		return undefined;
	}
	const wanted = tag.toLowerCase();
	const languages = Object.keys(catalogues) as Language[];
	const base = wanted.split(/[-_]/)[0];
	return languages.find((language) => language.toLowerCase() === wanted) ?? languages.find((language) => language.split('-')[0] === base);
}

/**
 * The catalogue to answer in. A sender's own preference decides; one who never chose sees the workspace's default
 * language (Rocket.Chat's `Language` setting), as Rocket.Chat's server picks its own messages' language. English when
 * neither has a catalogue.
 */
export function replyLanguage(preference: string | undefined, workspaceLanguage?: unknown): Language {
	if (preference !== undefined) {
		return catalogueFor(preference) ?? 'en';
	}
	return catalogueFor(workspaceLanguage) ?? 'en';
}

export function translate(language: Language, key: MessageKey, params: Record<string, string> = {}): string {
	return catalogues[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
