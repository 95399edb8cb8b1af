import type { Browser } from 'playwright-core';

import { UI_KIT_TEST_APP_ID, uiKitTestAppZip } from './uiKitTestApp';
import { Person, type WebSandbox, launchChromium, startWebSandbox } from './browser/webSandbox';

// The sandbox's web page in headless Chromium, driven as a person uses it, with the tiny UI Kit test app
// (fixtures/uikit-app): its room button "open_dialog" (the app ships no i18n, so the key is the label), its dialog
// (a Name field, Refresh, Go, Cancel; "bad" is refused on the field), the same as a contextual bar (`/uitest bar`), and
// `/uitest notify` (a private reply with Undo).
// One sandbox and one browser for the file; each test signs in in a new browser context.

jest.setTimeout(60_000);

let sandbox: WebSandbox;
let browser: Browser;
let person: Person;

beforeAll(async () => {
	[sandbox, browser] = await Promise.all([startWebSandbox(uiKitTestAppZip()), launchChromium()]);
});
afterAll(async () => {
	await browser?.close();
	await sandbox?.close();
});
beforeEach(async () => {
	person = await Person.open(browser, sandbox.url);
});
afterEach(async () => {
	await person.page.context().close();
});

function appRecords(): Array<Record<string, unknown>> {
	const alice = sandbox.demo.accounts[0].user;
	return sandbox.workspace.appPersistence.readByAssociations(UI_KIT_TEST_APP_ID, [{ model: 'user', id: alice._id }]) as Array<Record<string, unknown>>;
}

/** The app runs in its own process: what it stores after a click arrives a moment later. */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
	for (const started = Date.now(); !condition();) {
		if (Date.now() - started > timeoutMs) {
			throw new Error(`not within ${timeoutMs} ms: ${condition.toString()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('signing in', () => {
	test('a wrong password is refused with Rocket.Chat’s words', async () => {
		await person.page.getByLabel('Username or email').fill('alice');
		await person.page.getByLabel('Password').fill('wrong');
		await person.page.getByRole('button', { name: 'Login' }).click();
		await person.sees('User not found or incorrect password');
	});

	test('alice sees her rooms in the sidebar: her groups, the lobby and her direct room with bob', async () => {
		await person.signIn('alice', 'alice-demo');
		expect(await person.roomNames()).toEqual(['bob', 'demo-lobby', 'demo-team']);
	});
});

describe('a room', () => {
	test('shows who joined and left as sentences, and the messages typed in it', async () => {
		const { workspace, demo } = sandbox;
		const [alice, , carol, dave] = demo.accounts.map(({ user }) => user);
		workspace.addUserToRoom(demo.soleOwnerGroup._id, dave._id, alice._id);
		workspace.removeUserFromRoom(demo.soleOwnerGroup._id, carol._id);
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.sees('User dave added by alice.', person.messages());
		await person.sees('carolHas left the room.', person.messages());
		await person.send('Hello team');
		await person.sees('Hello team', person.messages());
	});

	test('a slash command’s private reply shows with its button, and pressing the button reaches the app', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/uitest notify');
		const reply = person.privateReplies().filter({ hasText: 'With a button' });
		await person.sees('Only you can see this message', reply);
		await reply.getByRole('button', { name: 'Undo' }).click();
		await person.sees('undo by alice with token-1', person.privateReplies());
	});

	test('an unknown slash command is answered on the page, not sent as a message', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/nosuchcommand');
		await person.sees('No such command: /nosuchcommand');
	});
});

describe('the room menu', () => {
	test('lists the app’s button in a private group, and has none in a public channel (when.roomTypes)', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		expect(await person.roomMenuItems()).toEqual(['open_dialog']);
		await person.openRoom('demo-lobby');
		expect(await person.roomMenuItems()).toEqual([]);
	});
});

describe('the app’s dialog', () => {
	test('opens from the room menu with the app’s title, fields and buttons', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.chooseFromRoomMenu('open_dialog');
		const dialog = person.dialog();
		await person.sees('Room demo-team', dialog);
		await dialog.getByRole('textbox').waitFor();
		// The close button (×) shows an icon only; its name is its title.
		expect((await dialog.getByRole('button').allInnerTexts()).filter((text) => /\w/.test(text))).toEqual(['Refresh', 'Cancel', 'Go']);
		await dialog.getByRole('button', { name: 'Close' }).waitFor();
	});

	test('shows the error the app sets on a field, and closes once the app accepts the submit', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/uitest open');
		const dialog = person.dialog();
		await person.sees('From the command', dialog);
		await dialog.getByRole('textbox').fill('bad');
		await dialog.getByRole('button', { name: 'Go' }).click();
		await person.sees('Not that one', dialog);
		await dialog.getByRole('textbox').fill('fine');
		await dialog.getByRole('button', { name: 'Go' }).click();
		await dialog.waitFor({ state: 'hidden' });
		expect(appRecords()).toContainEqual(expect.objectContaining({ event: 'submit', value: 'fine' }));
	});

	test('is updated in place by a button in it, keeping what was typed', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/uitest open');
		const dialog = person.dialog();
		await dialog.getByRole('textbox').fill('kept');
		await dialog.getByRole('button', { name: 'Refresh' }).click();
		await person.sees('Refreshed', dialog);
		expect(await dialog.getByRole('textbox').inputValue()).toBe('kept');
	});

	test('Cancel closes it and tells the app', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/uitest open');
		await person.dialog().getByRole('button', { name: 'Cancel' }).click();
		await person.dialog().waitFor({ state: 'hidden' });
		await until(() => appRecords().some(({ event }) => event === 'closed'));
	});
});

describe('the app’s contextual bar', () => {
	test('opens beside the room with its blocks, and Cancel closes it and tells the app', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/uitest bar');
		const bar = person.contextualBar();
		await person.sees('Side panel', bar);
		await bar.getByRole('textbox').waitFor();
		const closedBefore = appRecords().filter(({ event }) => event === 'closed').length;
		await bar.getByRole('button', { name: 'Cancel' }).click();
		await bar.waitFor({ state: 'hidden' });
		await until(() => appRecords().filter(({ event }) => event === 'closed').length > closedBefore);
	});
});
