// The page's screens: sign in; then the user's rooms, the open room's messages (the app's private replies among
// them), the composer and the room menu; and the dialogs and side panels apps open.
import {
	Box,
	Button,
	Callout,
	Field,
	FieldGroup,
	Icon,
	Menu,
	MessageBlock,
	MessageBody,
	MessageContainer,
	MessageHeader,
	MessageLeftContainer,
	MessageName,
	MessageSystem,
	MessageSystemBody,
	MessageSystemContainer,
	MessageSystemName,
	MessageSystemTimestamp,
	MessageTimestamp,
	MessageUsername,
	PasswordInput,
	TextInput,
	Message as FuselageMessage,
} from '@rocket.chat/fuselage';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { useLiveChannel } from './live';
import { RestFailure, get, login, post } from './rest';
import type { Session } from './rest';
import { MessageBlocks, SurfaceContextualBar, SurfaceModal } from './Surfaces';
import type { BlockActionEvent, SurfaceHandlers } from './Surfaces';
import { systemText } from './systemMessages';
import { Triggers } from './triggers';
import type { ActionButton, Interaction, Message, OpenSurface, Subscription, View } from './types';

const SESSION_KEY = 'sandbox-session';

export function App() {
	const [session, setSession] = useState<Session | undefined>(() => {
		const saved = sessionStorage.getItem(SESSION_KEY);
		return saved ? (JSON.parse(saved) as Session) : undefined;
	});
	const signIn = (next: Session | undefined) => {
		if (next) {
			sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
		} else {
			sessionStorage.removeItem(SESSION_KEY);
		}
		setSession(next);
	};
	return session ? <Home session={session} onSignOut={() => signIn(undefined)} /> : <SignIn onSignedIn={signIn} />;
}

function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
	const [user, setUser] = useState('');
	const [password, setPassword] = useState('');
	const [error, setError] = useState<string>();
	const submit = (event: React.FormEvent) => {
		event.preventDefault();
		login(user, password).then(onSignedIn, (failure: unknown) =>
			setError(failure instanceof RestFailure && failure.status === 401 ? 'User not found or incorrect password' : String(failure)),
		);
	};
	return (
		<Box display="flex" alignItems="center" justifyContent="center" height="full" bg="neutral-100">
			<Box is="form" onSubmit={submit} width="x400" p="x32" bg="surface" borderRadius="x4" elevation="1" aria-label="Login">
				<Box fontScale="h2" mbe="x8">
					Rocket.Chat apps sandbox
				</Box>
				<Box fontScale="p2" color="hint" mbe="x24">
					Demo users: alice, bob, carol, dave; their password is their name followed by -demo.
				</Box>
				<FieldGroup>
					<Field>
						<Field.Label htmlFor="login-user">Username or email</Field.Label>
						<Field.Row>
							<TextInput id="login-user" name="username" value={user} onChange={(event) => setUser((event.target as HTMLInputElement).value)} />
						</Field.Row>
					</Field>
					<Field>
						<Field.Label htmlFor="login-password">Password</Field.Label>
						<Field.Row>
							<PasswordInput
								id="login-password"
								name="password"
								value={password}
								onChange={(event) => setPassword((event.target as HTMLInputElement).value)}
							/>
						</Field.Row>
					</Field>
				</FieldGroup>
				{error && (
					<Callout type="danger" mbs="x16">
						{error}
					</Callout>
				)}
				<Button type="submit" primary width="full" mbs="x24">
					Login
				</Button>
			</Box>
		</Box>
	);
}

/** The filters of an app button's `when.roomTypes` that a room matches, as Rocket.Chat's client classifies rooms. */
function roomTypeFilters(subscription: Subscription): string[] {
	switch (subscription.t) {
		case 'p':
			return ['private_channel'];
		case 'c':
			return ['public_channel'];
		default:
			return ['direct'];
	}
}

type Translations = Record<string, Record<string, string>>;

/** An app's label by its i18n key, in the workspace's language or English, as the app's i18n files give it. */
function label(translations: Translations, key: string): string {
	return translations.en?.[key] ?? key;
}

function roomName(subscription: Subscription): string {
	return subscription.t === 'd' ? subscription.name : `${subscription.t === 'p' ? '' : '#'}${subscription.fname ?? subscription.name}`;
}

function Home({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
	const [subscriptions, setSubscriptions] = useState<Subscription[]>([]);
	const [rid, setRid] = useState<string>();
	const [messages, setMessages] = useState<Message[]>([]);
	const [privateMessages, setPrivateMessages] = useState<Message[]>([]);
	const [buttons, setButtons] = useState<ActionButton[]>([]);
	const [translations, setTranslations] = useState<Record<string, Translations>>({});
	const [surfaces, setSurfaces] = useState<{ modal?: OpenSurface; contextualBar?: OpenSurface }>({});
	const [notice, setNotice] = useState<string>();
	const triggers = useRef(new Triggers()).current;
	const current = subscriptions.find((subscription) => subscription.rid === rid);

	const loadSubscriptions = useCallback(async () => {
		const { update } = await get<{ update: Subscription[] }>(session, '/api/v1/subscriptions.get');
		setSubscriptions(update.sort((a, b) => (a.fname ?? a.name).localeCompare(b.fname ?? b.name)));
	}, [session]);

	const loadMessages = useCallback(
		async (room: Subscription | undefined) => {
			if (!room) {
				setMessages([]);
				return;
			}
			const route = { p: 'groups.history', c: 'channels.history', d: 'im.history' }[room.t];
			const { messages: page } = await get<{ messages: Message[] }>(session, `/api/v1/${route}`, { roomId: room.rid, count: '100' });
			setMessages(page.reverse());
		},
		[session],
	);

	const refresh = useCallback(() => {
		loadSubscriptions().catch(() => undefined);
	}, [loadSubscriptions]);

	useEffect(() => {
		refresh();
		get<ActionButton[]>(undefined, '/api/apps/actionButtons').then(setButtons, () => undefined);
		get<{ apps: Array<{ id: string; languages: Translations }> }>(undefined, '/api/apps/languages').then(
			({ apps }) => setTranslations(Object.fromEntries(apps.map(({ id, languages }) => [id, languages]))),
			() => undefined,
		);
	}, [refresh]);

	// Rocket.Chat's client leaves a room the user is no longer in (after a leave, the room is gone from the sidebar).
	useEffect(() => {
		if (rid !== undefined && subscriptions.length > 0 && !current) {
			setRid(undefined);
		}
	}, [rid, subscriptions, current]);

	useEffect(() => {
		loadMessages(current).catch(() => undefined);
		// Messages by others come over Rocket.Chat's room stream, which the sandbox does not have: read them again now and then.
		const timer = setInterval(() => loadMessages(current).catch(() => undefined), 3_000);
		return () => clearInterval(timer);
	}, [current, loadMessages]);

	/** What Rocket.Chat's client does with a pushed interaction or an interaction's answer. */
	const handleInteraction = useCallback(
		(data: Interaction) => {
			if (!data.type || !triggers.consume(data.triggerId)) {
				return;
			}
			const viewId = data.view?.id ?? data.viewId;
			setSurfaces((open) => {
				const which = open.modal?.view.id === viewId ? 'modal' : open.contextualBar?.view.id === viewId ? 'contextualBar' : undefined;
				switch (data.type) {
					case 'modal.open':
						return data.view ? { ...open, modal: { kind: 'modal', appId: data.appId ?? data.view.appId, view: data.view, errors: {} } } : open;
					case 'contextual_bar.open':
						return data.view
							? { ...open, contextualBar: { kind: 'contextualBar', appId: data.appId ?? data.view.appId, view: data.view, errors: {} } }
							: open;
					case 'modal.update':
					case 'contextual_bar.update': {
						const surface = which && open[which];
						return surface && data.view ? { ...open, [which]: { ...surface, view: { ...data.view, id: surface.view.id }, errors: {} } } : open;
					}
					case 'errors': {
						const surface = which && open[which];
						return surface ? { ...open, [which]: { ...surface, errors: data.errors ?? {} } } : open;
					}
					case 'modal.close':
						return which === 'modal' ? { ...open, modal: undefined } : open;
					default:
						return open;
				}
			});
		},
		[triggers],
	);

	const listening = useLiveChannel(session, (eventName, args) => {
		if (eventName.endsWith('/uiInteraction')) {
			handleInteraction(args[0] as Interaction);
		} else if (eventName.endsWith('/message')) {
			setPrivateMessages((kept) => [...kept, { ...(args[0] as Message), private: true }]);
			refresh();
		}
	});

	async function interact(appId: string, body: Record<string, unknown>): Promise<Interaction> {
		await listening;
		const triggerId = triggers.issue();
		const answer = await post<Interaction>(session, `/api/apps/ui.interaction/${appId}`, { ...body, triggerId });
		handleInteraction(answer);
		refresh();
		return answer;
	}

	const report = (failure: unknown) => setNotice(failure instanceof Error ? failure.message : String(failure));

	const onMessageAction = (message: Message) => (event: BlockActionEvent) =>
		interact(event.appId, {
			type: 'blockAction',
			actionId: event.actionId,
			payload: { blockId: event.blockId, value: event.value },
			container: { type: 'message', id: message._id },
			rid: message.rid,
			mid: message._id,
		}).catch(report);

	const closeSurface = (surface: OpenSurface) =>
		setSurfaces((open) => (open[surface.kind]?.view.id === surface.view.id ? { ...open, [surface.kind]: undefined } : open));

	const surfaceHandlers: SurfaceHandlers = {
		onAction: (surface, event) =>
			interact(event.appId, {
				type: 'blockAction',
				actionId: event.actionId,
				payload: { blockId: event.blockId, value: event.value },
				container: { type: 'view', id: surface.view.id },
			}).catch(report),
		onSubmit: (surface, view: View) =>
			interact(surface.appId, { type: 'viewSubmit', actionId: view.submit?.actionId, payload: { view }, viewId: view.id }).then((answer) => {
				// The client keeps the dialog on errors or an update, and closes it on any other answer.
				if (answer.type !== 'errors' && answer.type !== 'modal.update' && answer.type !== 'contextual_bar.update') {
					closeSurface(surface);
				}
			}, report),
		onClose: (surface, view: View) => {
			closeSurface(surface);
			interact(surface.appId, { type: 'viewClosed', payload: { view, isCleared: false }, viewId: view.id }).catch(report);
		},
	};

	async function send(text: string): Promise<void> {
		if (!current) {
			return;
		}
		setNotice(undefined);
		await listening;
		const slash = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
		if (slash) {
			const [, command, params] = slash;
			try {
				await post(session, '/api/v1/commands.run', { command, params, roomId: current.rid, triggerId: triggers.issue() });
			} catch (failure) {
				if (failure instanceof RestFailure && failure.status === 400) {
					setNotice(`No such command: /${command}`);
					return;
				}
				throw failure;
			}
		} else {
			await post(session, '/api/v1/chat.sendMessage', { message: { rid: current.rid, msg: text } });
		}
		// The room may be gone (the command left it): reading the rooms again closes it, or shows its new messages.
		await loadSubscriptions();
	}

	const roomButtons = current
		? buttons.filter(
				({ context, when }) => context === 'roomAction' && (!when?.roomTypes || when.roomTypes.some((type) => roomTypeFilters(current).includes(type))),
			)
		: [];
	const menuOptions = Object.fromEntries(
		roomButtons.map((button) => [
			`${button.appId}/${button.actionId}`,
			{
				label: label(translations[button.appId] ?? {}, button.labelI18n),
				action: () =>
					current &&
					interact(button.appId, { type: 'actionButton', actionId: button.actionId, rid: current.rid, payload: { context: button.context } }).catch(
						report,
					),
			},
		]),
	);

	// Blocks an app built with its BlockBuilder carry its id; raw blocks do not, and then the one app hosted is meant.
	const appIds = Object.keys(translations);
	const soleAppId = appIds.length === 1 ? appIds[0] : '';

	const shown = useMemo(
		() => [...messages, ...privateMessages.filter((message) => message.rid === rid)].sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts)),
		[messages, privateMessages, rid],
	);

	return (
		<Box display="flex" height="full">
			<Box is="nav" aria-label="Rooms" width="x280" bg="neutral-800" color="surface" display="flex" flexDirection="column">
				<Box display="flex" alignItems="center" pi="x16" pb="x16">
					<Box flexGrow={1} fontScale="p1m" color="surface" data-qa="signed-in-user">
						{session.username}
					</Box>
					<Button small secondary onClick={onSignOut}>
						Sign out
					</Button>
				</Box>
				<Box is="ul" m="none" p="none" flexGrow={1} overflowY="auto" style={{ listStyle: 'none' }}>
					{subscriptions.map((subscription) => (
						<Box
							is="li"
							key={subscription.rid}
							role="link"
							aria-label={subscription.t === 'd' ? subscription.name : (subscription.fname ?? subscription.name)}
							tabIndex={0}
							aria-current={subscription.rid === rid ? 'page' : undefined}
							onClick={() => {
								setNotice(undefined);
								setRid(subscription.rid);
							}}
							display="flex"
							alignItems="center"
							pi="x16"
							pb="x8"
							fontScale="p2"
							color="neutral-400"
							bg={subscription.rid === rid ? 'neutral-700' : undefined}
							style={{ cursor: 'pointer' }}
						>
							<Icon name={subscription.t === 'p' ? 'hashtag-lock' : subscription.t === 'c' ? 'hashtag' : 'at'} size="x16" mie="x8" />
							{subscription.t === 'd' ? subscription.name : (subscription.fname ?? subscription.name)}
						</Box>
					))}
				</Box>
			</Box>
			<Box is="main" flexGrow={1} display="flex" flexDirection="column" minWidth={0}>
				{current ? (
					<>
						<Box is="header" display="flex" alignItems="center" pi="x24" pb="x12" borderBlockEndWidth="default" borderColor="extra-light">
							<Icon name={current.t === 'p' ? 'hashtag-lock' : current.t === 'c' ? 'hashtag' : 'at'} size="x20" mie="x8" />
							<Box is="h1" flexGrow={1} fontScale="h4" m="none">
								{current.t === 'd' ? current.name : (current.fname ?? current.name)}
							</Box>
							{roomButtons.length > 0 && <Menu title="Options" options={menuOptions} placement="bottom-end" />}
						</Box>
						<Box flexGrow={1} overflowY="auto" pb="x16" role="log" aria-label="Messages">
							{shown.map((message) => (
								<MessageView
									key={`${message.private ? 'private' : 'stored'}-${message._id}`}
									message={message}
									fallbackAppId={soleAppId}
									onAction={onMessageAction(message)}
								/>
							))}
						</Box>
						{notice && (
							<Callout type="warning" mi="x24" mbe="x8">
								{notice}
							</Callout>
						)}
						<Composer key={current.rid} placeholder={`Message ${roomName(current)}`} onSend={(text) => send(text).catch(report)} />
					</>
				) : (
					<Box flexGrow={1} display="flex" alignItems="center" justifyContent="center" color="hint" fontScale="p1">
						{subscriptions.length > 0 ? 'Choose a room on the left.' : 'You are in no room.'}
					</Box>
				)}
			</Box>
			{surfaces.contextualBar && <SurfaceContextualBar surface={surfaces.contextualBar} {...surfaceHandlers} />}
			{surfaces.modal && <SurfaceModal surface={surfaces.modal} {...surfaceHandlers} />}
		</Box>
	);
}

function time(ts: string): string {
	return new Date(ts).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' });
}

function MessageView({ message, fallbackAppId, onAction }: { message: Message; fallbackAppId: string; onAction: (event: BlockActionEvent) => void }) {
	const system = systemText(message);
	if (system !== undefined) {
		return (
			<MessageSystem title={message.ts} data-message-type={message.t}>
				<MessageSystemContainer>
					<MessageSystemName>{message.u?.username}</MessageSystemName>
					<MessageSystemBody>{system}</MessageSystemBody>
					<MessageSystemTimestamp>{time(message.ts)}</MessageSystemTimestamp>
				</MessageSystemContainer>
			</MessageSystem>
		);
	}
	// An ephemeral message without a sender is shown as Rocket.Chat's own bot.
	const username = message.u?.username ?? 'rocket.cat';
	const appId = (message.blocks?.[0] as { appId?: string } | undefined)?.appId ?? fallbackAppId;
	return (
		<FuselageMessage data-private={message.private ? 'true' : undefined}>
			<MessageLeftContainer>
				<Box size="x36" borderRadius="x4" bg="primary-500" color="surface" display="flex" alignItems="center" justifyContent="center" fontScale="p1m">
					{username.slice(0, 1).toUpperCase()}
				</Box>
			</MessageLeftContainer>
			<MessageContainer>
				<MessageHeader>
					<MessageName>{message.u?.name ?? username}</MessageName>
					<MessageUsername>@{username}</MessageUsername>
					<MessageTimestamp>{time(message.ts)}</MessageTimestamp>
				</MessageHeader>
				<MessageBody>{message.msg}</MessageBody>
				{message.blocks && message.blocks.length > 0 && (
					<MessageBlock fixedWidth>
						<MessageBlocks blocks={message.blocks} appId={appId} onAction={onAction} />
					</MessageBlock>
				)}
				{message.private && (
					<Box fontScale="c1" color="hint" mbs="x4">
						<Icon name="eye-off" size="x12" mie="x4" />
						Only you can see this message
					</Box>
				)}
			</MessageContainer>
		</FuselageMessage>
	);
}

function Composer({ placeholder, onSend }: { placeholder: string; onSend: (text: string) => void }) {
	const [text, setText] = useState('');
	const submit = (event: React.FormEvent) => {
		event.preventDefault();
		if (text.trim()) {
			onSend(text.trim());
			setText('');
		}
	};
	return (
		<Box is="form" onSubmit={submit} display="flex" pi="x24" pbe="x24" aria-label="Composer">
			<TextInput
				aria-label={placeholder}
				placeholder={placeholder}
				value={text}
				onChange={(event) => setText((event.target as HTMLInputElement).value)}
				addon={<Icon name="send" size="x20" />}
			/>
		</Box>
	);
}
