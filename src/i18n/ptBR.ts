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
};
