import type { ButtonElement, LayoutBlock } from '@rocket.chat/ui-kit';

// The pieces both dialogs are made of.

export function section(appId: string, blockId: string, text: string): LayoutBlock {
	return { type: 'section', appId, blockId, text: { type: 'mrkdwn', text } };
}

/** A dialog's submit or close button; `danger` for one that takes something away. */
export function footerButton(appId: string, actionId: string, text: string, danger: boolean): ButtonElement {
	return { type: 'button', appId, blockId: 'footer', actionId, text: { type: 'plain_text', text }, ...(danger ? { style: 'danger' as const } : {}) };
}
