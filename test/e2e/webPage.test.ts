// Leave Group on the sandbox's web page, in headless Chromium, as a person uses it: sign in, type /leavegroup, read
// the private reply. The page and its browser harness are the sandbox's (sandbox/test/browser/webSandbox.ts); the
// "Leave group…" dialog and the /leavegroups dialog below.
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

// The Leave Group dialog. The tests share one workspace and run in order: dave leaves demo-project and comes back,
// alice (demo-team's last owner since bob left above) sees the options, and carol leaves both groups last.
pageDescribe('the "Leave group…" dialog', () => {
	test('the room menu of a private group offers "Leave group…", and a public channel’s does not', async () => {
		await person.signIn('dave', 'dave-demo');
		await person.openRoom('demo-project');
		expect(await person.roomMenuItems()).toContain('Leave group…');
		await person.openRoom('demo-lobby');
		expect(await person.roomMenuItems()).not.toContain('Leave group…');
	});

	test('the dialog names the group and offers Leave and Cancel', async () => {
		await person.signIn('dave', 'dave-demo');
		await person.openRoom('demo-project');
		await person.chooseFromRoomMenu('Leave group…');
		await person.sees('Leave #demo-project?', person.dialog());
		await person.sees('You will stop seeing #demo-project', person.dialog());
		await person.dialog().getByRole('button', { name: 'Leave', exact: true }).waitFor();
		await person.dialog().getByRole('button', { name: 'Cancel', exact: true }).click();
		await person.dialog().waitFor({ state: 'detached' });
		expect(await person.roomNames()).toContain('demo-project');
	});

	test('Leave takes the member out: the group goes from the sidebar, and the private reply offers Undo', async () => {
		await person.signIn('dave', 'dave-demo');
		await person.openRoom('demo-project');
		await person.chooseFromRoomMenu('Leave group…');
		await person.dialog().getByRole('button', { name: 'Leave', exact: true }).click();
		// He is no longer in the room, so the reply is in the app bot's direct room.
		await person.page.getByText('Choose a room on the left.').waitFor();
		expect(await person.roomNames()).not.toContain('demo-project');
		await person.openRoom('leave-group.bot');
		await person.sees('You left #demo-project.', person.messages());
		await person.messages().getByRole('button', { name: 'Undo', exact: true }).last().waitFor();
	});

	test('Undo puts the member back: the group is in the sidebar again, and its members read that they joined', async () => {
		// The previous test left dave out of demo-project; his Undo is in the app bot's direct room.
		await person.signIn('dave', 'dave-demo');
		await person.openRoom('leave-group.bot');
		await person.messages().getByRole('button', { name: 'Undo', exact: true }).last().click();
		await person.sees('You are back in #demo-project');
		await person
			.rooms()
			.and(person.page.getByLabel('demo-project', { exact: true }))
			.waitFor();

		const bob = await Person.open(browser, sandbox.url);
		await bob.signIn('bob', 'bob-demo');
		await bob.openRoom('demo-project');
		await bob.sees('daveHas joined the room.', bob.messages());
		await bob.page.context().close();
	});

	test('the last owner sees the options the dialog offers instead of a plain Leave', async () => {
		await person.signIn('alice', 'alice-demo');
		await person.openRoom('demo-team');
		await person.chooseFromRoomMenu('Leave group…');
		await person.sees('You are the last owner of #demo-team', person.dialog());
		await person.sees('Members who could become owner:', person.dialog());
		expect(await person.dialog().getByRole('button', { name: 'Leave', exact: true }).count()).toBe(0);
	});
});

pageDescribe('/leavegroups typed on the page', () => {
	test('carol chooses two groups, presses "Leave 2 groups", and reads what she left', async () => {
		await person.signIn('carol', 'carol-demo');
		await person.openRoom('demo-lobby');
		await person.send('/leavegroups');
		await person.sees('Leave groups', person.dialog());
		for (const name of ['#demo-team', '#demo-project']) {
			await person.dialog().getByPlaceholder('Groups you can leave').click();
			await person.page.getByRole('option', { name, exact: true }).click();
		}
		await person.page.keyboard.press('Escape');
		await person.dialog().getByRole('button', { name: 'Leave 2 groups' }).click();
		await person.dialog().waitFor({ state: 'detached' });
		// The summary goes to the app bot's direct room: the command may have been typed in a group just left.
		await person.openRoom('leave-group.bot');
		await person.sees('You left:', person.messages());
		await person.sees('#demo-team', person.messages());
		await person.sees('#demo-project', person.messages());
		expect(await person.roomNames()).not.toContain('demo-team');
		expect(await person.roomNames()).not.toContain('demo-project');
	});
});
