/**
 * The surfaces (modals, contextual bars) an app has opened for each user, as Rocket.Chat's client would hold them
 * after applying what it received: the interactions pushed on the user's `uiInteraction` stream and those the app
 * answered a `ui.interaction` request with (Rocket.Chat's client treats both alike), and the user's own `viewClosed`.
 * Rocket.Chat's server keeps none of this; the sandbox keeps it so a test or a page can ask what is open.
 */
export interface UserSurface {
	viewId: string;
	appId: string;
	/** The surface type of the view: 'modal' or 'contextualBar'. */
	surface: string;
	/** The view as the app last sent it (blocks, title, submit, close, …). */
	view: Record<string, unknown>;
	/** The triggerId of the interaction that last opened or updated it. */
	triggerId?: string;
	open: boolean;
	/** Field errors the app set on the view (setViewError or viewErrorResponse), until the view is updated again. */
	errors?: Record<string, string>;
	/** Where the last change came from: the user's stream, or the answer to one of the user's interactions. */
	via: 'stream' | 'response';
	updatedAt: Date;
}

/** An interaction as the engine formats it (modal.open, contextual_bar.update, errors, …). */
export interface SurfaceInteraction {
	type?: unknown;
	appId?: unknown;
	triggerId?: unknown;
	view?: unknown;
	viewId?: unknown;
	errors?: unknown;
}

const OPENING = new Set(['modal.open', 'modal.update', 'contextual_bar.open', 'contextual_bar.update']);
const CLOSING = new Set(['modal.close', 'contextual_bar.close']);

export class UserSurfaces {
	private readonly byUser = new Map<string, Map<string, UserSurface>>();

	/** Applies an interaction meant for the user; one with no surface type (a bare `{success}`) changes nothing. */
	apply(uid: string, interaction: SurfaceInteraction, via: UserSurface['via']): void {
		const type = typeof interaction.type === 'string' ? interaction.type : undefined;
		if (type === undefined) {
			return;
		}
		const view = isRecord(interaction.view) ? interaction.view : undefined;
		const viewId = typeof view?.id === 'string' ? view.id : typeof interaction.viewId === 'string' ? interaction.viewId : undefined;
		if (viewId === undefined) {
			return;
		}
		const surfaces = this.surfacesOf(uid);
		const known = surfaces.get(viewId);
		const triggerId = typeof interaction.triggerId === 'string' ? interaction.triggerId : undefined;
		if (OPENING.has(type) && view) {
			surfaces.set(viewId, {
				viewId,
				appId: typeof interaction.appId === 'string' ? interaction.appId : (known?.appId ?? ''),
				surface: typeof view.type === 'string' ? view.type : type.startsWith('modal') ? 'modal' : 'contextualBar',
				view: structuredClone(view),
				...(triggerId === undefined ? {} : { triggerId }),
				open: true,
				via,
				updatedAt: new Date(),
			});
		} else if (CLOSING.has(type) && known) {
			surfaces.set(viewId, { ...known, open: false, via, updatedAt: new Date() });
		} else if (type === 'errors' && known && isRecord(interaction.errors)) {
			surfaces.set(viewId, { ...known, errors: structuredClone(interaction.errors) as Record<string, string>, via, updatedAt: new Date() });
		}
	}

	/** The user closed the view (a `viewClosed` interaction they sent). */
	closedByUser(uid: string, viewId: string): void {
		const surfaces = this.surfacesOf(uid);
		const known = surfaces.get(viewId);
		if (known) {
			surfaces.set(viewId, { ...known, open: false, via: 'response', updatedAt: new Date() });
		}
	}

	/** Every surface the user was shown, in the order first opened, closed ones included. */
	of(uid: string): UserSurface[] {
		return [...(this.byUser.get(uid)?.values() ?? [])].map((surface) => structuredClone(surface));
	}

	private surfacesOf(uid: string): Map<string, UserSurface> {
		const surfaces = this.byUser.get(uid) ?? new Map<string, UserSurface>();
		this.byUser.set(uid, surfaces);
		return surfaces;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
