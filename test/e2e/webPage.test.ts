// Leave Group on the sandbox's web page, in headless Chromium, as a person uses it: sign in, type /leavegroup, read
// the private reply. The page and its browser harness are the sandbox's (sandbox/test/browser/webSandbox.ts); the
// dialog's cases are listed below as todos, to fill in once the "Leave group…" room button and its dialog exist.
import { resolve } from 'node:path';

import type { Browser } from 'playwright-core';

import { Person, type WebSandbox, launchChromium, startWebSandbox } from '../../sandbox/test/browser/webSandbox';
import { packagedApp } from '../../scripts/packagedApp';
import { targetsRealServer } from '../support/e2e/target';

jest.setTimeout(60_000);

// The page is the sandbox's: against a real server (RC_URL), Rocket.Chat's own client is the page.
const pageDescribe = targetsRealServer ? describe.skip : describe;

let sandbox: WebSandbox;
let browser: Browser;
let person: Person;

beforeAll(async () => {
	if (targetsRealServer) {
		return;
	}
	[sandbox, browser] = await Promise.all([startWebSandbox(packagedApp(resolve(__dirname, '../..'))), launchChromium()]);
});
afterAll(async () => {
	await browser?.close();
	await sandbox?.close();
});
beforeEach(async () => {
	if (targetsRealServer) {
		return;
	}
	person = await Person.open(browser, sandbox.url);
});
afterEach(async () => {
	await person?.page.context().close();
});

pageDescribe('/leavegroup typed on the page', () => {
	test('as the last owner, alice stays in the group and reads why, privately, in the group', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.send('/leavegroup');
		await person.sees('You are the last owner of #demo-team.', person.privateReplies());
		await person.sees('Only you can see this message', person.privateReplies());
		expect(await person.roomNames()).toContain('demo-team');
	});

	test('bob leaves the group he typed in: it goes from his sidebar, the app’s bot tells him in their direct room, and the others read that he left', async () => {
		await person.signIn('bob', 'bob-demo');
		await person.openRoom('demo-team');
		await person.send('/leavegroup');
		await person.page.getByText('Choose a room on the left.').waitFor();
		expect(await person.roomNames()).not.toContain('demo-team');
		const direct = (await person.roomNames()).find((name) => name.endsWith('.bot'));
		expect(direct).toBeDefined();
		await person.openRoom(direct ?? '');
		// There the reply is a message of the app's bot, which stays: the group it was typed in is gone.
		await person.sees('You left #demo-team.', person.messages());
		expect(await person.page.locator('body').innerText()).not.toContain('[error-');

		const carol = await Person.open(browser, sandbox.url);
		await carol.signIn('carol', 'carol-demo');
		await carol.openRoom('demo-team');
		await carol.sees('bobHas left the room.', carol.messages());
		await carol.page.context().close();
	});
});

// The Leave Group dialog, once the app has it (another change): each todo names what a person sees. Drive it with
// person.chooseFromRoomMenu('Leave group…'), person.dialog() and person.sees(text, person.dialog()).
pageDescribe('the "Leave group…" dialog', () => {
	test.todo('the room menu of a private group offers "Leave group…", and a public channel’s does not');
	test.todo('the dialog names the group and offers Leave and Cancel');
	test.todo('Leave takes the member out: the group goes from the sidebar, and the private reply offers Undo');
	test.todo('Undo puts the member back: the group is in the sidebar again, and its members read that they joined');
	test.todo('the last owner sees the options the dialog offers instead of a plain Leave');
});
