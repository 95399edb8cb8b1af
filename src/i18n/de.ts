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
	bulkTitle: 'Gruppen verlassen',
	bulkIntro:
		'Private Gruppen, in denen du bist: {count}. Wähle die, die du verlassen willst; tippe, um nach Namen zu suchen. Um später zu einer zurückzukehren, muss dich ein Eigentümer oder Moderator wieder hinzufügen.',
	bulkPlaceholder: 'Gruppen, die du verlassen kannst ({count})',
	bulkNoneLeavable: 'Im Moment kannst du keine davon verlassen.',
	bulkLastOwner: 'Du bist der letzte Eigentümer und kannst noch nicht gehen (mach zuerst ein anderes Mitglied zum Eigentümer): {names}',
	bulkNotAllowed: 'Deine Rolle darf private Gruppen nicht verlassen (frag einen Administrator): {names}',
	bulkArchived: 'Archiviert, daher kann niemand sie verlassen: {names}',
	bulkMore: '{names} und {count} weitere',
	bulkLeaveOne: '1 Gruppe verlassen',
	bulkLeaveMany: '{count} Gruppen verlassen',
	bulkNoGroups: 'Du bist in keiner privaten Gruppe, es gibt also nichts zu verlassen.',
	bulkNeedsNewerRocketChat:
		'Mehrere Gruppen auf einmal zu verlassen erfordert Rocket.Chat 7.13 oder neuer, und dieser Workspace läuft mit einer älteren Version. Nutze stattdessen /leavegroup #name für jede Gruppe.',
	bulkLeft: 'Du hast verlassen: {names}.',
	bulkUndoHint: 'Eine versehentlich verlassen? Mach es innerhalb von {minutes} Minuten rückgängig.',
	bulkNotLeft: 'Nicht verlassen: {reasons}.',
	bulkUndoGroup: '#{name} rückgängig',
	bulkNothingChosen:
		'Nichts verlassen: keine der gewählten Gruppen ließ sich aus dieser Liste noch verlassen. Führe /leavegroups erneut aus, um sie jetzt zu sehen.',
	bulkReasonLastOwner: '#{name} (du bist jetzt ihr letzter Eigentümer)',
	bulkReasonArchived: '#{name} (archiviert)',
	bulkReasonNotAllowed: '#{name} (deine Rolle darf Gruppen nicht verlassen)',
	bulkReasonGone: '#{name} (nicht gefunden: gelöscht, oder du bist nicht mehr darin)',
	bulkReasonAppPrevented: '#{name} (eine andere App hat es verhindert: „{reason}“)',
	bulkReasonRemovalRefused: '#{name} (Rocket.Chat hat ohne Grund abgelehnt)',
	bulkReasonFailed: '#{name} (etwas ist schiefgelaufen, du bist vielleicht noch darin; das Log der App hat die Details)',
	bulkReasonAppPreventedWithoutReason: '#{name} (eine andere App hat es verhindert)',
	bulkListFailed:
		'Beim Auflisten deiner Gruppen ist etwas schiefgelaufen, es hat sich also nichts geändert. Versuch es noch einmal; wenn es weiter fehlschlägt, sag einem Administrator Bescheid (das Log der App Leave Group hat die Details).',
};
