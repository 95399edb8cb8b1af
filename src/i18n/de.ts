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
	dialogTitle: '#{name} verlassen?',
	dialogWhatLeavingDoes:
		'Du siehst #{name} und die Nachrichten dann nicht mehr. Um zurückzukommen, muss dich ein Eigentümer oder Moderator wieder hinzufügen: {rejoin}.',
	dialogYourRoles: 'Deine Rollen hier: {roles}. Mit dem Verlassen gibst du sie ab; nur ein Eigentümer kann sie dir zurückgeben.',
	dialogLeave: 'Verlassen',
	dialogCancel: 'Abbrechen',
	dialogClose: 'Schließen',
	dialogLastOwner:
		'Du bist der letzte Eigentümer von #{name} und kannst die Gruppe noch nicht verlassen: Jemand muss sie verwalten können. Mach zuerst ein anderes Mitglied zum Eigentümer: Öffne die Mitglieder des Raums, wähle das Mitglied und dann Als Eigentümer festlegen. Danach verlasse sie.',
	dialogCandidates: 'Mitglieder, die Eigentümer werden könnten: {candidates}.',
	dialogDeleteExplain:
		'Du bist Eigentümer und einziges Mitglied von #{name}. Verlassen heißt, die Gruppe mit allen Nachrichten endgültig zu löschen. Gib zur Bestätigung den Namen der Gruppe ein.',
	dialogDeleteLabel: 'Name der Gruppe',
	dialogDeleteButton: 'Verlassen und Gruppe löschen',
	dialogDeleteMismatch: 'Gib zur Bestätigung genau {name} ein.',
	soleOwnerCannotDelete:
		'Du bist Eigentümer und einziges Mitglied von #{name}. Ein Administrator hat das Löschen von Gruppen über diese App abgeschaltet, daher kann sie nicht verlassen werden. Füge ein Mitglied hinzu und mach es zum Eigentümer, oder wende dich an einen Administrator.',
	deleted: 'Du hast #{name} verlassen und gelöscht.',
	leftWithUndo: 'Du hast #{name} verlassen. Versehentlich? Mach es innerhalb von {minutes} Minuten rückgängig.',
	undo: 'Rückgängig',
	lastOwnerOptions: 'Optionen ansehen',
	undone: 'Du bist wieder in #{name}, als Mitglied. Eine App kann keine Raumrollen zurückgeben: Wenn du welche hattest, bitte einen Eigentümer darum.',
	undoExpired:
		'Das Verlassen von #{name} kann nicht mehr rückgängig gemacht werden: Die Frist ist abgelaufen. Bitte einen Eigentümer oder Moderator, dich wieder hinzuzufügen.',
	undoUsed: 'Das Verlassen von #{name} wurde bereits rückgängig gemacht.',
	undoNotYours: 'Dieses Rückgängig gehört nicht dir und bewirkt daher nichts.',
	undoGone: '#{name} gibt es nicht mehr, daher kannst du nicht zurück.',
	undoArchived: '#{name} wurde inzwischen archiviert, daher kann niemand zurückgeholt werden.',
	undoAlreadyMember: 'Du bist schon wieder in #{name}.',
};
