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
	dialogTitle: '¿Salir de #{name}?',
	dialogWhatLeavingDoes: 'Dejarás de ver #{name} y sus mensajes. Para volver, un propietario o moderador tendrá que añadirte de nuevo: {rejoin}.',
	dialogYourRoles: 'Tus roles aquí: {roles}. Al salir los pierdes, y solo un propietario puede devolvértelos.',
	dialogLeave: 'Salir',
	dialogCancel: 'Cancelar',
	dialogClose: 'Cerrar',
	dialogLastOwner:
		'Eres el último propietario de #{name}, así que todavía no puedes salir: alguien tiene que poder administrarlo. Haz propietario a otro miembro primero: abre Miembros de la sala, elige al miembro y luego Establecer como propietario. Después sal.',
	dialogCandidates: 'Miembros que podrían ser propietarios: {candidates}.',
	dialogDeleteExplain:
		'Eres el propietario y el único miembro de #{name}. Salir significa eliminarlo, con todos sus mensajes, para siempre. Escribe el nombre del grupo para confirmar.',
	dialogDeleteLabel: 'Nombre del grupo',
	dialogDeleteButton: 'Salir y eliminar el grupo',
	dialogDeleteMismatch: 'Escribe {name} exactamente para confirmar.',
	soleOwnerCannotDelete:
		'Eres el propietario y el único miembro de #{name}. Un administrador desactivó la eliminación de grupos desde esta app, así que no se puede salir. Añade un miembro y hazlo propietario, o pide ayuda a un administrador.',
	deleted: 'Saliste de #{name} y lo eliminaste.',
	leftWithUndo: 'Saliste de #{name}. ¿Fue un error? Deshazlo en {minutes} minutos.',
	undo: 'Deshacer',
	lastOwnerOptions: 'Ver las opciones',
	undone: 'Volviste a #{name}, como miembro. Una app no puede devolver roles de la sala: si tenías alguno, pídeselo a un propietario.',
	undoExpired: 'Es tarde para deshacer la salida de #{name}: el plazo terminó. Pide a un propietario o moderador que te añada de nuevo.',
	undoUsed: 'La salida de #{name} ya se deshizo.',
	undoNotYours: 'Este Deshacer no es tuyo, así que no hace nada.',
	undoGone: '#{name} ya no existe, así que no puedes volver.',
	undoArchived: '#{name} se archivó desde entonces, así que nadie puede volver.',
	undoAlreadyMember: 'Ya estás de nuevo en #{name}.',
	bulkTitle: 'Salir de grupos',
	bulkIntro:
		'Grupos privados en los que estás: {count}. Elige de cuáles salir; escribe para buscar por nombre. Para volver a uno más tarde, un propietario o moderador tendrá que añadirte de nuevo.',
	bulkPlaceholder: 'Grupos de los que puedes salir ({count})',
	bulkNoneLeavable: 'Ahora mismo no hay ninguno del que puedas salir.',
	bulkLastOwner: 'Eres el último propietario, así que aún no puedes salir (haz propietario a otro miembro primero): {names}',
	bulkNotAllowed: 'Tu rol no permite salir de grupos privados (pregunta a un administrador): {names}',
	bulkArchived: 'Archivados, así que nadie puede salir de ellos: {names}',
	bulkMore: '{names} y {count} más',
	bulkLeaveOne: 'Salir de 1 grupo',
	bulkLeaveMany: 'Salir de {count} grupos',
	bulkNoGroups: 'No estás en ningún grupo privado, así que no hay nada de lo que salir.',
	bulkNeedsNewerRocketChat:
		'Salir de varios grupos a la vez requiere Rocket.Chat 7.13 o posterior, y este espacio de trabajo usa una versión anterior. Usa /leavegroup #nombre para cada grupo.',
	bulkLeft: 'Saliste de: {names}.',
	bulkUndoHint: '¿Saliste de alguno por error? Deshazlo en menos de {minutes} minutos.',
	bulkNotLeft: 'Sin salir: {reasons}.',
	bulkUndoGroup: 'Deshacer #{name}',
	bulkNothingChosen:
		'No saliste de nada: ninguno de los grupos elegidos se podía dejar ya desde esta lista. Ejecuta /leavegroups de nuevo para verlos ahora.',
	bulkReasonLastOwner: '#{name} (ahora eres su último propietario)',
	bulkReasonArchived: '#{name} (archivado)',
	bulkReasonNotAllowed: '#{name} (tu rol no permite salir de grupos)',
	bulkReasonGone: '#{name} (no encontrado: eliminado, o ya no estás en él)',
	bulkReasonAppPrevented: '#{name} (otra app lo impidió: "{reason}")',
	bulkReasonRemovalRefused: '#{name} (Rocket.Chat se negó sin dar motivo)',
	bulkReasonFailed: '#{name} (algo salió mal, así que puede que sigas en él; el registro de la app tiene los detalles)',
	bulkReasonAppPreventedWithoutReason: '#{name} (otra app lo impidió)',
	bulkListFailed:
		'Algo salió mal al listar tus grupos, así que nada cambió. Inténtalo de nuevo; si sigue fallando, avisa a un administrador (el registro de la app Leave Group tiene los detalles).',
};
