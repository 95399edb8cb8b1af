import type { Catalogue } from './MessageKey';

export const de: Catalogue = {
	left: 'Du hast #{name} verlassen.',
	usage: 'Verwendung: /leavegroup verlässt die private Gruppe, in der du bist; /leavegroup #name (oder die Gruppen-ID) verlässt diese Gruppe von überall.',
	notPrivateGroup:
		'Dieser Raum ist keine private Gruppe, daher kann /leavegroup ihn nicht verlassen. Verwende /leave, um ihn zu verlassen, oder /leavegroup #name für eine deiner privaten Gruppen.',
	groupNotFound: 'Keine deiner privaten Gruppen heißt "{reference}". Prüfe den Namen (Groß- und Kleinschreibung zählt) oder verwende die Gruppen-ID.',
	groupArchived: '#{name} ist archiviert, daher kann niemand die Gruppe verlassen. Bitte einen Administrator, sie zuerst wiederherzustellen.',
	notAllowed: 'Du darfst private Gruppen nicht verlassen. Bitte einen Administrator um eine Rolle, die sie verlassen darf.',
	notInDiscussion: 'Du siehst #{name}, weil du im übergeordneten Raum bist, bist aber selbst nicht Mitglied, also gibt es nichts zu verlassen.',
	lastOwner:
		'Du bist der letzte Eigentümer von #{name}. Mache zuerst ein anderes Mitglied zum Eigentümer (Mitglieder, dann Als Eigentümer festlegen) und verlasse die Gruppe dann.',
	lastOwnerWithModerators:
		'Du bist der letzte Eigentümer von #{name}. Mache zuerst ein anderes Mitglied zum Eigentümer, zum Beispiel einen der Moderatoren ({moderators}), und verlasse die Gruppe dann.',
	appPrevented:
		'Eine andere App in diesem Workspace hat verhindert, dass du #{name} verlässt, und sagt: „{reason}“. Nichts wurde geändert: Du bist weiterhin in der Gruppe. Wenn du sie verlassen musst, wende dich an einen Administrator.',
	appPreventedWithoutReason:
		'Eine andere App in diesem Workspace hat verhindert, dass du #{name} verlässt, ohne einen Grund zu nennen. Nichts wurde geändert: Du bist weiterhin in der Gruppe. Wenn du sie verlassen musst, wende dich an einen Administrator.',
	removalRefused:
		'Rocket.Chat hat dich nicht aus #{name} entfernt und keinen Grund genannt: In dieser Rocket.Chat-Version sieht die Ablehnung durch eine andere App genauso aus wie ein Serverfehler. Es hat sich nichts geändert: Du bist weiterhin in der Gruppe. Versuche es erneut; wenn es weiter fehlschlägt, wende dich an einen Administrator.',
	unexpectedError:
		'Etwas ist schiefgegangen, du bist also vielleicht noch in der Gruppe. Versuche es erneut; wenn es weiter fehlschlägt, sag einem Administrator Bescheid (das Log der App Leave Group enthält die Details).',
};
