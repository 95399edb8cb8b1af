import type { Catalogue } from './MessageKey';

export const ptBR: Catalogue = {
	left: 'Você saiu de #{name}.',
	usage: 'Uso: /leavegroup sai do grupo privado em que você está; /leavegroup #nome (ou o id do grupo) sai desse grupo de qualquer lugar.',
	notPrivateGroup:
		'Esta sala não é um grupo privado, então /leavegroup não pode sair dela. Use /leave para sair dela, ou /leavegroup #nome para sair de um dos seus grupos privados.',
	groupNotFound: 'Nenhum dos seus grupos privados se chama "{reference}". Confira o nome (maiúsculas contam) ou use o id do grupo.',
	groupArchived: '#{name} está arquivado, então ninguém pode sair dele. Peça a um administrador que o desarquive primeiro.',
	notAllowed: 'Você não tem permissão para sair de grupos privados. Peça a um administrador uma função que possa sair deles.',
	notInDiscussion: 'Você vê #{name} porque está na sala à qual ela pertence, mas não é membro dela, então não há nada para sair.',
	lastOwner: 'Você é o último proprietário de #{name}. Torne outro membro proprietário primeiro (Membros, depois Definir como proprietário) e então saia.',
	lastOwnerWithModerators:
		'Você é o último proprietário de #{name}. Torne outro membro proprietário primeiro, por exemplo um dos moderadores ({moderators}), e então saia.',
	appPrevented:
		'Outro app deste workspace impediu você de sair de #{name} e disse: "{reason}". Nada mudou: você continua no grupo. Se precisar sair, fale com um administrador.',
	appPreventedWithoutReason:
		'Outro app deste workspace impediu você de sair de #{name} sem dar um motivo. Nada mudou: você continua no grupo. Se precisar sair, fale com um administrador.',
	removalRefused:
		'O Rocket.Chat não removeu você de #{name} e não deu motivo: nesta versão do Rocket.Chat a recusa de outro app parece igual a uma falha do servidor. Nada mudou: você continua no grupo. Tente de novo; se continuar falhando, fale com um administrador.',
	unexpectedError:
		'Algo deu errado, então você talvez ainda esteja no grupo. Tente de novo; se continuar falhando, avise um administrador (o log do app Leave Group tem os detalhes).',
	dialogTitle: 'Sair de #{name}?',
	dialogWhatLeavingDoes: 'Você deixará de ver #{name} e as mensagens. Para voltar, um proprietário ou moderador precisa adicionar você de novo: {rejoin}.',
	dialogYourRoles: 'Suas funções aqui: {roles}. Ao sair, você as perde, e só um proprietário pode devolvê-las.',
	dialogLeave: 'Sair',
	dialogCancel: 'Cancelar',
	dialogClose: 'Fechar',
	dialogLastOwner:
		'Você é o último proprietário de #{name}, então ainda não pode sair: alguém precisa poder administrá-la. Torne outro membro proprietário primeiro: abra Membros da sala, escolha o membro e depois Definir como proprietário. Então saia.',
	dialogCandidates: 'Membros que poderiam se tornar proprietários: {candidates}.',
	dialogDeleteExplain:
		'Você é o proprietário e o único membro de #{name}. Sair significa excluí-la, com todas as mensagens, para sempre. Digite o nome do grupo para confirmar.',
	dialogDeleteLabel: 'Nome do grupo',
	dialogDeleteButton: 'Sair e excluir o grupo',
	dialogDeleteMismatch: 'Digite {name} exatamente para confirmar.',
	soleOwnerCannotDelete:
		'Você é o proprietário e o único membro de #{name}. Um administrador desativou a exclusão de grupos por este app, então não é possível sair. Adicione um membro e torne-o proprietário, ou fale com um administrador.',
	deleted: 'Você saiu de #{name} e a excluiu.',
	leftWithUndo: 'Você saiu de #{name}. Saiu por engano? Desfaça em até {minutes} minutos.',
	undo: 'Desfazer',
	lastOwnerOptions: 'Ver as opções',
	undone: 'Você voltou para #{name}, como membro. Um app não pode devolver funções da sala: se você tinha alguma, peça a um proprietário.',
	undoExpired: 'É tarde demais para desfazer a saída de #{name}: o prazo acabou. Peça a um proprietário ou moderador para adicionar você de novo.',
	undoUsed: 'A saída de #{name} já foi desfeita.',
	undoNotYours: 'Este Desfazer não é seu, então não faz nada.',
	undoGone: '#{name} não existe mais, então você não pode voltar.',
	undoArchived: '#{name} foi arquivada desde então, então ninguém pode voltar para ela.',
	undoAlreadyMember: 'Você já está em #{name} de novo.',
	bulkTitle: 'Sair de grupos',
	bulkIntro:
		'Grupos privados em que você está: {count}. Escolha de quais sair; digite para buscar pelo nome. Para voltar a um deles depois, um proprietário ou moderador precisa adicionar você de novo.',
	bulkPlaceholder: 'Grupos de que você pode sair ({count})',
	bulkNoneLeavable: 'No momento não há nenhum de que você possa sair.',
	bulkLastOwner: 'Você é o último proprietário, então ainda não pode sair (torne outro membro proprietário antes): {names}',
	bulkNotAllowed: 'Sua função não permite sair de grupos privados (fale com um administrador): {names}',
	bulkArchived: 'Arquivados, então ninguém pode sair deles: {names}',
	bulkMore: '{names} e mais {count}',
	bulkLeaveOne: 'Sair de 1 grupo',
	bulkLeaveMany: 'Sair de {count} grupos',
	bulkNoGroups: 'Você não está em nenhum grupo privado, então não há de onde sair.',
	bulkNeedsNewerRocketChat:
		'Sair de vários grupos de uma vez exige o Rocket.Chat 7.13 ou mais recente, e este workspace usa uma versão anterior. Use /leavegroup #nome para cada grupo.',
	bulkLeft: 'Você saiu de: {names}.',
	bulkUndoHint: 'Saiu de algum por engano? Desfaça em até {minutes} minutos.',
	bulkNotLeft: 'Sem sair: {reasons}.',
	bulkUndoGroup: 'Desfazer #{name}',
	bulkNothingChosen: 'Nada mudou: nenhum dos grupos escolhidos ainda podia ser deixado a partir desta lista. Execute /leavegroups de novo para vê-los agora.',
	bulkReasonLastOwner: '#{name} (agora você é o último proprietário)',
	bulkReasonArchived: '#{name} (arquivado)',
	bulkReasonNotAllowed: '#{name} (sua função não permite sair de grupos)',
	bulkReasonGone: '#{name} (não encontrado: excluído, ou você não está mais nele)',
	bulkReasonAppPrevented: '#{name} (outro app impediu: "{reason}")',
	bulkReasonRemovalRefused: '#{name} (o Rocket.Chat recusou sem dar motivo)',
	bulkReasonFailed: '#{name} (algo deu errado, então você pode ainda estar nele; o log do app tem os detalhes)',
	bulkReasonAppPreventedWithoutReason: '#{name} (outro app impediu)',
	bulkListFailed:
		'Algo deu errado ao listar seus grupos, então nada mudou. Tente de novo; se continuar falhando, avise um administrador (o log do app Leave Group tem os detalhes).',
};
