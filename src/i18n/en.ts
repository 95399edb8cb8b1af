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
	dialogTitle: 'Leave #{name}?',
	dialogWhatLeavingDoes: 'You will stop seeing #{name} and its messages. To come back, an owner or moderator has to add you again: {rejoin}.',
	dialogYourRoles: 'Your roles here: {roles}. Leaving gives them up, and nobody can give them back but an owner.',
	dialogLeave: 'Leave',
	dialogCancel: 'Cancel',
	dialogClose: 'Close',
	dialogLastOwner:
		"You are the last owner of #{name}, so you cannot leave it yet: someone has to be able to manage it. Make another member owner first: open the room's Members, choose the member, then Set as owner. Then leave.",
	dialogCandidates: 'Members who could become owner: {candidates}.',
	dialogDeleteExplain:
		"You are the owner and the only member of #{name}. Leaving it means deleting it, with all its messages, for good. Type the group's name to confirm.",
	dialogDeleteLabel: 'Group name',
	dialogDeleteButton: 'Leave and delete the group',
	dialogDeleteMismatch: 'Type {name} exactly to confirm.',
	soleOwnerCannotDelete:
		'You are the owner and the only member of #{name}. An administrator has turned off deleting groups through this app, so it cannot be left. Add a member and make them owner, or ask an administrator.',
	deleted: 'You left and deleted #{name}.',
	leftWithUndo: 'You left #{name}. Left by mistake? Undo within {minutes} minutes.',
	undo: 'Undo',
	lastOwnerOptions: 'See the options',
	undone: 'You are back in #{name}, as a member. An app cannot give back room roles: if you had any, ask an owner.',
	undoExpired: 'It is too late to undo leaving #{name}: the time to undo it is over. Ask an owner or moderator to add you again.',
	undoUsed: 'Leaving #{name} was already undone.',
	undoNotYours: 'This Undo is not yours, so it does nothing.',
	undoGone: '#{name} no longer exists, so you cannot go back to it.',
	undoArchived: '#{name} has been archived since, so nobody can be put back into it.',
	undoAlreadyMember: 'You are already in #{name} again.',
	bulkTitle: 'Leave groups',
	bulkIntro:
		'Private groups you are in: {count}. Choose the ones to leave; type to search by name. To come back to one later, an owner or moderator has to add you again.',
	bulkPlaceholder: 'Groups you can leave ({count})',
	bulkNoneLeavable: 'There is none you can leave right now.',
	bulkLastOwner: 'You are the last owner, so you cannot leave yet (make another member owner first): {names}',
	bulkNotAllowed: 'Your role may not leave private groups (ask an administrator): {names}',
	bulkArchived: 'Archived, so nobody can leave them: {names}',
	bulkMore: '{names} and {count} more',
	bulkLeaveOne: 'Leave 1 group',
	bulkLeaveMany: 'Leave {count} groups',
	bulkNoGroups: 'You are in no private group, so there is nothing to leave.',
	bulkNeedsNewerRocketChat:
		'Leaving several groups at once needs Rocket.Chat 7.13 or newer, and this workspace runs an older one. Use /leavegroup #name for each group instead.',
	bulkLeft: 'You left: {names}.',
	bulkUndoHint: 'Left one by mistake? Undo it within {minutes} minutes.',
	bulkNotLeft: 'Not left: {reasons}.',
	bulkUndoGroup: 'Undo #{name}',
	bulkNothingChosen: 'Nothing was left: no group you chose could still be left from this list. Run /leavegroups again to see them now.',
	bulkReasonLastOwner: '#{name} (you are its last owner now)',
	bulkReasonArchived: '#{name} (archived)',
	bulkReasonNotAllowed: '#{name} (your role may not leave groups)',
	bulkReasonGone: '#{name} (not found: deleted, or you are no longer in it)',
	bulkReasonAppPrevented: '#{name} (another app prevented it: "{reason}")',
	bulkReasonRemovalRefused: '#{name} (Rocket.Chat refused without a reason)',
	bulkReasonFailed: '#{name} (something went wrong, so you may still be in it; the app log has the details)',
	bulkReasonAppPreventedWithoutReason: '#{name} (another app prevented it)',
	bulkListFailed:
		'Something went wrong while listing your groups, so nothing changed. Try again; if it keeps failing, tell an administrator (the Leave Group app log has the details).',
};
