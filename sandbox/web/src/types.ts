// The records the page reads, as Rocket.Chat's REST API and stream carry them (only the fields it uses).
import type { UiKitComponent } from '@rocket.chat/fuselage-ui-kit';
import type { ComponentProps } from 'react';

/** A layout block as the renderer takes it (its own @rocket.chat/ui-kit, older than the engine's). */
export type LayoutBlock = ComponentProps<typeof UiKitComponent>['blocks'][number];

export interface Subscription {
	_id: string;
	rid: string;
	t: 'p' | 'c' | 'd';
	name: string;
	fname?: string;
	roles?: string[];
}

export interface Message {
	_id: string;
	rid: string;
	msg: string;
	t?: string;
	u?: { _id: string; username: string; name?: string };
	ts: string;
	role?: string;
	blocks?: LayoutBlock[];
	/** Set by the page on what came over the stream, never stored: an ephemeral message for this user alone. */
	private?: boolean;
}

export interface ActionButton {
	appId: string;
	actionId: string;
	labelI18n: string;
	context: string;
	when?: { roomTypes?: string[] };
}

/** A surface an app opened (`modal` or `contextualBar`), with the view as last pushed and its field errors. */
export interface View {
	appId: string;
	id: string;
	type: string;
	title?: { text?: string };
	blocks: LayoutBlock[];
	submit?: { actionId?: string; text?: { text?: string }; style?: string };
	close?: { actionId?: string; text?: { text?: string } };
	[field: string]: unknown;
}

export interface OpenSurface {
	kind: 'modal' | 'contextualBar';
	appId: string;
	view: View;
	errors: Record<string, string>;
}

/** What `<uid>/uiInteraction` and ui.interaction's answers carry. */
export interface Interaction {
	type?: string;
	triggerId?: string;
	appId?: string;
	view?: View;
	viewId?: string;
	errors?: Record<string, string>;
}
