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
};
