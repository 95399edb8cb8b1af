import type { Catalogue } from './MessageKey';

export const es: Catalogue = {
	left: 'Has salido de #{name}.',
	usage: 'Uso: /leavegroup sale del grupo privado en el que estás; /leavegroup #nombre (o el id del grupo) sale de ese grupo desde cualquier sitio.',
	notPrivateGroup:
		'Esta sala no es un grupo privado, así que /leavegroup no puede salir de ella. Usa /leave para salir, o /leavegroup #nombre para salir de uno de tus grupos privados.',
	groupNotFound: 'Ninguno de tus grupos privados se llama "{reference}". Revisa el nombre (las mayúsculas cuentan) o usa el id del grupo.',
	groupArchived: '#{name} está archivado, así que nadie puede salir de él. Pide a un administrador que lo desarchive primero.',
	notAllowed: 'No tienes permiso para salir de grupos privados. Pide a un administrador un rol que pueda salir de ellos.',
	notInDiscussion: 'Ves #{name} porque estás en la sala a la que pertenece, pero no eres miembro, así que no hay nada que abandonar.',
	lastOwner: 'Eres el último propietario de #{name}. Haz propietario a otro miembro primero (Miembros, luego Establecer como propietario) y después sal.',
	lastOwnerWithModerators:
		'Eres el último propietario de #{name}. Haz propietario a otro miembro primero, por ejemplo a uno de sus moderadores ({moderators}), y después sal.',
	appPrevented:
		'Otra app de este espacio de trabajo te impidió salir de #{name} y dijo: "{reason}". No ha cambiado nada: sigues en el grupo. Si necesitas salir, habla con un administrador.',
	appPreventedWithoutReason:
		'Otra app de este espacio de trabajo te impidió salir de #{name} sin dar un motivo. No ha cambiado nada: sigues en el grupo. Si necesitas salir, habla con un administrador.',
	removalRefused:
		'Rocket.Chat no te quitó de #{name} y no dio ningún motivo: en esta versión de Rocket.Chat el rechazo de otra app se ve igual que un fallo del servidor. No cambió nada: sigues en el grupo. Inténtalo de nuevo; si sigue fallando, pide ayuda a un administrador.',
	unexpectedError:
		'Algo salió mal, así que puede que sigas en el grupo. Inténtalo de nuevo; si sigue fallando, avisa a un administrador (el registro de la app Leave Group tiene los detalles).',
};
