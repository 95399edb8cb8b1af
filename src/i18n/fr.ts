import type { Catalogue } from './MessageKey';

export const fr: Catalogue = {
	left: 'Vous avez quitté #{name}.',
	usage: 'Utilisation : /leavegroup quitte le groupe privé où vous êtes ; /leavegroup #nom (ou l’id du groupe) quitte ce groupe depuis n’importe où.',
	notPrivateGroup:
		'Ce salon n’est pas un groupe privé, /leavegroup ne peut donc pas le quitter. Utilisez /leave pour le quitter, ou /leavegroup #nom pour quitter un de vos groupes privés.',
	groupNotFound: 'Aucun de vos groupes privés ne s’appelle « {reference} ». Vérifiez le nom (les majuscules comptent) ou utilisez l’id du groupe.',
	groupArchived: '#{name} est archivé, personne ne peut donc le quitter. Demandez d’abord à un administrateur de le désarchiver.',
	notAllowed: 'Vous n’êtes pas autorisé à quitter les groupes privés. Demandez à un administrateur un rôle qui peut les quitter.',
	notInDiscussion: "Vous voyez #{name} parce que vous êtes dans le salon dont elle dépend, mais vous n'en êtes pas membre : il n'y a rien à quitter.",
	lastOwner:
		'Vous êtes le dernier propriétaire de #{name}. Nommez d’abord un autre membre propriétaire (Membres, puis Définir comme propriétaire), puis quittez le groupe.',
	lastOwnerWithModerators:
		'Vous êtes le dernier propriétaire de #{name}. Nommez d’abord un autre membre propriétaire, par exemple un de ses modérateurs ({moderators}), puis quittez le groupe.',
	appPrevented:
		'Une autre app de cet espace de travail vous a empêché de quitter #{name} et indique : « {reason} ». Rien n’a changé : vous êtes toujours dans le groupe. Si vous devez le quitter, adressez-vous à un administrateur.',
	appPreventedWithoutReason:
		'Une autre app de cet espace de travail vous a empêché de quitter #{name} sans donner de raison. Rien n’a changé : vous êtes toujours dans le groupe. Si vous devez le quitter, adressez-vous à un administrateur.',
	removalRefused:
		"Rocket.Chat ne vous a pas retiré de #{name} et n'a donné aucune raison : dans cette version de Rocket.Chat, le refus d'une autre application ressemble à une panne du serveur. Rien n'a changé : vous êtes toujours dans le groupe. Réessayez ; si cela échoue encore, demandez à un administrateur.",
	unexpectedError:
		'Une erreur est survenue, vous êtes donc peut-être encore dans le groupe. Réessayez ; si l’erreur persiste, prévenez un administrateur (le journal de l’app Leave Group contient les détails).',
	dialogTitle: 'Quitter #{name} ?',
	dialogWhatLeavingDoes:
		'Vous ne verrez plus #{name} ni ses messages. Pour revenir, un propriétaire ou un modérateur devra vous ajouter à nouveau : {rejoin}.',
	dialogYourRoles: 'Vos rôles ici : {roles}. En partant, vous les perdez ; seul un propriétaire peut vous les rendre.',
	dialogLeave: 'Quitter',
	dialogCancel: 'Annuler',
	dialogClose: 'Fermer',
	dialogLastOwner:
		"Vous êtes le dernier propriétaire de #{name}, vous ne pouvez donc pas encore le quitter : quelqu'un doit pouvoir le gérer. Nommez d'abord un autre membre propriétaire : ouvrez les Membres du salon, choisissez le membre, puis Définir comme propriétaire. Ensuite, quittez-le.",
	dialogCandidates: 'Membres qui pourraient devenir propriétaires : {candidates}.',
	dialogDeleteExplain:
		'Vous êtes le propriétaire et le seul membre de #{name}. Le quitter signifie le supprimer définitivement, avec tous ses messages. Saisissez le nom du groupe pour confirmer.',
	dialogDeleteLabel: 'Nom du groupe',
	dialogDeleteButton: 'Quitter et supprimer le groupe',
	dialogDeleteMismatch: 'Saisissez exactement {name} pour confirmer.',
	soleOwnerCannotDelete:
		'Vous êtes le propriétaire et le seul membre de #{name}. Un administrateur a désactivé la suppression de groupes par cette application : il ne peut donc pas être quitté. Ajoutez un membre et nommez-le propriétaire, ou demandez à un administrateur.',
	deleted: 'Vous avez quitté et supprimé #{name}.',
	leftWithUndo: 'Vous avez quitté #{name}. Par erreur ? Annulez dans les {minutes} minutes.',
	undo: 'Annuler',
	lastOwnerOptions: 'Voir les options',
	undone: 'Vous êtes de retour dans #{name}, en tant que membre. Une application ne peut pas rendre les rôles du salon : si vous en aviez, demandez-les à un propriétaire.',
	undoExpired:
		'Il est trop tard pour annuler le départ de #{name} : le délai est passé. Demandez à un propriétaire ou un modérateur de vous ajouter à nouveau.',
	undoUsed: 'Le départ de #{name} a déjà été annulé.',
	undoNotYours: 'Cette annulation ne vous appartient pas : elle ne fait rien.',
	undoGone: "#{name} n'existe plus : vous ne pouvez pas y revenir.",
	undoArchived: '#{name} a été archivé depuis : personne ne peut y être remis.',
	undoAlreadyMember: 'Vous êtes déjà de retour dans #{name}.',
	bulkTitle: 'Quitter des groupes',
	bulkIntro:
		'Groupes privés dont vous êtes membre : {count}. Choisissez ceux à quitter ; tapez pour chercher par nom. Pour revenir plus tard dans l’un d’eux, un propriétaire ou un modérateur devra vous ajouter à nouveau.',
	bulkPlaceholder: 'Groupes que vous pouvez quitter ({count})',
	bulkNoneLeavable: 'Il n’y en a aucun que vous puissiez quitter pour le moment.',
	bulkLastOwner: 'Vous êtes le dernier propriétaire, vous ne pouvez donc pas encore partir (nommez d’abord un autre membre propriétaire) : {names}',
	bulkNotAllowed: 'Votre rôle ne permet pas de quitter les groupes privés (demandez à un administrateur) : {names}',
	bulkArchived: 'Archivés, donc personne ne peut les quitter : {names}',
	bulkMore: '{names} et {count} de plus',
	bulkLeaveOne: 'Quitter 1 groupe',
	bulkLeaveMany: 'Quitter {count} groupes',
	bulkNoGroups: 'Vous n’êtes dans aucun groupe privé : il n’y a rien à quitter.',
	bulkNeedsNewerRocketChat:
		'Quitter plusieurs groupes à la fois nécessite Rocket.Chat 7.13 ou plus récent, et cet espace de travail utilise une version antérieure. Utilisez /leavegroup #nom pour chaque groupe.',
	bulkLeft: 'Vous avez quitté : {names}.',
	bulkUndoHint: 'Quitté l’un d’eux par erreur ? Annulez dans les {minutes} minutes.',
	bulkNotLeft: 'Non quittés : {reasons}.',
	bulkUndoGroup: 'Annuler #{name}',
	bulkNothingChosen:
		'Rien n’a été quitté : aucun des groupes choisis ne pouvait plus être quitté depuis cette liste. Relancez /leavegroups pour les voir maintenant.',
	bulkReasonLastOwner: '#{name} (vous en êtes maintenant le dernier propriétaire)',
	bulkReasonArchived: '#{name} (archivé)',
	bulkReasonNotAllowed: '#{name} (votre rôle ne permet pas de quitter les groupes)',
	bulkReasonGone: '#{name} (introuvable : supprimé, ou vous n’en êtes plus membre)',
	bulkReasonAppPrevented: '#{name} (une autre application l’a empêché : « {reason} »)',
	bulkReasonRemovalRefused: '#{name} (Rocket.Chat a refusé sans raison)',
	bulkReasonFailed: '#{name} (un problème est survenu, vous en êtes peut-être encore membre ; le journal de l’application a les détails)',
	bulkReasonAppPreventedWithoutReason: '#{name} (une autre application l’a empêché)',
	bulkListFailed:
		'Un problème est survenu en listant vos groupes : rien n’a changé. Réessayez ; si cela continue, prévenez un administrateur (le journal de l’application Leave Group a les détails).',
};
