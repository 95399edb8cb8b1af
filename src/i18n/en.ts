import type { Catalogue } from './MessageKey';

export const en: Catalogue = {
	left: 'You left #{name}.',
	usage: 'Usage: /leavegroup leaves the private group you are in; /leavegroup #name (or the group id) leaves that group from anywhere.',
	notPrivateGroup:
		'This room is not a private group, so /leavegroup cannot leave it. Use /leave to leave it, or /leavegroup #name to leave one of your private groups.',
	groupNotFound: 'None of your private groups is called "{reference}". Check the name (capitals count) or use the group id.',
	groupArchived: '#{name} is archived, so nobody can leave it. Ask an administrator to unarchive it first.',
	notAllowed: 'You are not allowed to leave private groups. Ask an administrator for a role that may leave them.',
	notInDiscussion: 'You can see #{name} because you are in the room it belongs to, but you are not in it yourself, so there is nothing to leave.',
	lastOwner: 'You are the last owner of #{name}. Make another member owner first (Members, then Set as owner), then leave.',
	lastOwnerWithModerators:
		'You are the last owner of #{name}. Make another member owner first, for example one of its moderators ({moderators}), then leave.',
	appPrevented:
		'Another app on this workspace prevented you from leaving #{name} and said: "{reason}". Nothing changed: you are still in the group. If you need to leave, ask an administrator.',
	appPreventedWithoutReason:
		'Another app on this workspace prevented you from leaving #{name} without giving a reason. Nothing changed: you are still in the group. If you need to leave, ask an administrator.',
	removalRefused:
		"Rocket.Chat did not remove you from #{name} and gave no reason: on this Rocket.Chat version another app's refusal looks the same as a server fault. Nothing changed: you are still in the group. Try again; if it keeps failing, ask an administrator.",
	unexpectedError:
		'Something went wrong, so you may still be in the group. Try again; if it keeps failing, tell an administrator (the Leave Group app log has the details).',
};
