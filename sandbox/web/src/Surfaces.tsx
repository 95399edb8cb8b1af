// The apps' UI Kit, drawn by Rocket.Chat's own renderer (@rocket.chat/fuselage-ui-kit) inside fuselage's Modal and
// a side panel: the page gives the renderer what Rocket.Chat's client gives it (kitContext: the action and state
// callbacks, the values typed so far, the errors an app set) and sends what it reports back to the app.
import { Box, Button, ButtonGroup, IconButton, Modal } from '@rocket.chat/fuselage';
import { UiKitComponent, UiKitMessage, UiKitModal, kitContext } from '@rocket.chat/fuselage-ui-kit';
import { useMemo, useState } from 'react';
import type { ContextType } from 'react';

import type { LayoutBlock, OpenSurface, View } from './types';

type KitContext = ContextType<typeof kitContext>;
type Values = Record<string, { value: string; blockId?: string } | undefined>;

/** What a block action reports: the element's ids and its new value. */
export interface BlockActionEvent {
	appId: string;
	actionId: string;
	blockId: string;
	value: unknown;
}

/** The message's blocks, as Rocket.Chat shows an app's buttons under a message. */
export function MessageBlocks({ blocks, appId, onAction }: { blocks: LayoutBlock[]; appId: string; onAction: (event: BlockActionEvent) => void }) {
	const context = useMemo<KitContext>(
		() => ({
			action: ({ actionId, blockId, value, appId: fromBlock }) => onAction({ appId: fromBlock || appId, actionId, blockId, value }),
			state: () => undefined,
			appId,
			values: {},
			errors: {},
		}),
		[appId, onAction],
	);
	return (
		<kitContext.Provider value={context}>
			<UiKitComponent render={UiKitMessage} blocks={blocks} />
		</kitContext.Provider>
	);
}

interface Element {
	actionId?: string;
	initialValue?: unknown;
}

/** The values a view starts with: each element's initialValue, so that a submit without edits still carries them. */
function initialValues(blocks: LayoutBlock[]): Values {
	const values: Values = {};
	for (const block of blocks as Array<{ blockId?: string; element?: Element; elements?: Element[]; accessory?: Element }>) {
		for (const element of [block.element, block.accessory, ...(block.elements ?? [])]) {
			if (element?.actionId && element.initialValue !== undefined) {
				values[element.actionId] = { value: element.initialValue as string, blockId: block.blockId };
			}
		}
	}
	return values;
}

/** The view's state as Rocket.Chat's client sends it with a submit or a close: values by block id, then action id. */
export function viewState(values: Values): Record<string, Record<string, unknown>> {
	const state: Record<string, Record<string, unknown>> = {};
	for (const [actionId, entry] of Object.entries(values)) {
		if (entry?.blockId) {
			state[entry.blockId] = { ...state[entry.blockId], [actionId]: entry.value };
		}
	}
	return state;
}

export interface SurfaceHandlers {
	onAction: (surface: OpenSurface, event: BlockActionEvent) => void;
	onSubmit: (surface: OpenSurface, view: View) => void;
	onClose: (surface: OpenSurface, view: View) => void;
}

function useViewValues(view: View): [Values, (actionId: string, blockId: string, value: unknown) => void] {
	// A new view id is a new dialog; an update of the same view keeps what the user typed.
	const [byView, setByView] = useState<{ id: string; values: Values }>({ id: view.id, values: initialValues(view.blocks) });
	const values = byView.id === view.id ? byView.values : initialValues(view.blocks);
	const set = (actionId: string, blockId: string, value: unknown) =>
		setByView({ id: view.id, values: { ...values, [actionId]: { value: value as string, blockId } } });
	return [values, set];
}

function SurfaceBlocks({
	surface,
	values,
	setValue,
	onAction,
}: {
	surface: OpenSurface;
	values: Values;
	setValue: ReturnType<typeof useViewValues>[1];
	onAction: SurfaceHandlers['onAction'];
}) {
	const context: KitContext = {
		action: ({ actionId, blockId, value, appId }) => onAction(surface, { appId: appId || surface.appId, actionId, blockId, value }),
		state: ({ actionId, blockId, value }) => setValue(actionId, blockId, value),
		appId: surface.appId,
		viewId: surface.view.id,
		values,
		errors: surface.errors,
	};
	return (
		<kitContext.Provider value={context}>
			<UiKitComponent render={UiKitModal} blocks={surface.view.blocks} />
		</kitContext.Provider>
	);
}

const withState = (view: View, values: Values): View => ({ ...view, state: viewState(values) });

export function SurfaceModal({ surface, onAction, onSubmit, onClose }: { surface: OpenSurface } & SurfaceHandlers) {
	const { view } = surface;
	const [values, setValue] = useViewValues(view);
	const close = () => onClose(surface, withState(view, values));
	return (
		<Modal.Backdrop onClick={(event) => event.target === event.currentTarget && close()}>
			<Modal role="dialog" aria-modal="true" aria-label={view.title?.text} data-view-id={view.id}>
				<Modal.Header>
					<Modal.Title>{view.title?.text}</Modal.Title>
					<Modal.Close title="Close" onClick={close} />
				</Modal.Header>
				<Modal.Content>
					<SurfaceBlocks surface={surface} values={values} setValue={setValue} onAction={onAction} />
				</Modal.Content>
				<Modal.Footer>
					<ButtonGroup align="end">
						{view.close && <Button onClick={close}>{view.close.text?.text}</Button>}
						{view.submit && (
							<Button
								primary={view.submit.style !== 'danger'}
								danger={view.submit.style === 'danger'}
								onClick={() => onSubmit(surface, withState(view, values))}
							>
								{view.submit.text?.text}
							</Button>
						)}
					</ButtonGroup>
				</Modal.Footer>
			</Modal>
		</Modal.Backdrop>
	);
}

/**
 * A contextual bar, the panel Rocket.Chat opens beside the room. fuselage-ui-kit 0.31 has no renderer of its own for
 * it, so its blocks go through the modal renderer, as the same blocks would in a dialog.
 */
export function SurfaceContextualBar({ surface, onAction, onSubmit, onClose }: { surface: OpenSurface } & SurfaceHandlers) {
	const { view } = surface;
	const [values, setValue] = useViewValues(view);
	const close = () => onClose(surface, withState(view, values));
	return (
		<Box
			is="aside"
			role="complementary"
			aria-label={view.title?.text}
			data-view-id={view.id}
			display="flex"
			flexDirection="column"
			width="x380"
			borderInlineStartWidth="default"
			borderColor="extra-light"
			bg="surface"
		>
			<Box display="flex" alignItems="center" pi="x24" pb="x16" borderBlockEndWidth="default" borderColor="extra-light">
				<Box flexGrow={1} fontScale="h4">
					{view.title?.text}
				</Box>
				<IconButton small icon="cross" title="Close" onClick={close} />
			</Box>
			<Box flexGrow={1} overflowY="auto" p="x24">
				<SurfaceBlocks surface={surface} values={values} setValue={setValue} onAction={onAction} />
			</Box>
			<Box p="x24" borderBlockStartWidth="default" borderColor="extra-light">
				<ButtonGroup stretch>
					{view.close && <Button onClick={close}>{view.close.text?.text}</Button>}
					{view.submit && (
						<Button primary onClick={() => onSubmit(surface, withState(view, values))}>
							{view.submit.text?.text}
						</Button>
					)}
				</ButtonGroup>
			</Box>
		</Box>
	);
}
