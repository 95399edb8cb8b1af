// `npm run screenshots`: pictures of Leave Group on the sandbox's web page, for the README's usage section. It hosts
// the packaged app over the demo workspace, drives headless Chromium (from the npm registry) as the browser tests do,
// and writes docs/screenshots/<name>.png. Add a shot by adding an entry to SHOTS; each starts from a new browser
// context, in the order listed, over the same workspace.
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import type { Browser } from 'playwright-core';

import { Person, launchChromium, startWebSandbox } from '../sandbox/test/browser/webSandbox';
import { packagedApp } from './packagedApp';

const root = resolve(__dirname, '..');
const outDir = join(root, 'docs', 'screenshots');

interface Shot {
	name: string;
	/** Leaves the page showing what the picture is of. */
	take(person: Person): Promise<void>;
}

const SHOTS: Shot[] = [
	{
		name: 'sign-in',
		take: async (person) => {
			await person.page.getByLabel('Username or email').fill('alice');
		},
	},
	{
		name: 'last-owner-refused',
		take: async (person) => {
			await person.signIn('alice', 'alice-demo');
			await person.openRoom('demo-team');
			await person.send('/leavegroup');
			await person.sees('You are the last owner of #demo-team.', person.privateReplies());
		},
	},
	{
		name: 'left-reply-in-direct-room',
		take: async (person) => {
			await person.signIn('bob', 'bob-demo');
			await person.openRoom('demo-team');
			await person.send('/leavegroup');
			await person.page.getByText('Choose a room on the left.').waitFor();
			await person.openRoom('leave-group.bot');
			await person.sees('You left #demo-team.', person.messages());
		},
	},
	{
		name: 'member-left-system-message',
		take: async (person) => {
			await person.signIn('carol', 'carol-demo');
			await person.openRoom('demo-team');
			await person.sees('Has left the room.', person.messages());
		},
	},
	{
		name: 'leave-dialog',
		take: async (person) => {
			await person.signIn('dave', 'dave-demo');
			await person.openRoom('demo-project');
			await person.chooseFromRoomMenu('Leave group…');
			await person.sees('Leave #demo-project?', person.dialog());
		},
	},
	{
		name: 'last-owner-options',
		take: async (person) => {
			await person.signIn('alice', 'alice-demo');
			await person.openRoom('demo-team');
			await person.chooseFromRoomMenu('Leave group…');
			await person.sees('Members who could become owner:', person.dialog());
		},
	},
	{
		name: 'bulk-leave-dialog',
		take: async (person) => {
			await person.signIn('carol', 'carol-demo');
			await person.openRoom('demo-lobby');
			await person.send('/leavegroups');
			await person.dialog().getByPlaceholder('Groups you can leave').click();
			await person.page.getByRole('option', { name: '#demo-project', exact: true }).click();
			// Closed by a click beside it, as a person does; it fades out, and a picture taken meanwhile shows the footer
			// through it.
			await person.dialog().getByText('Private groups you are in').click();
			await person.page.waitForTimeout(500);
			await person.dialog().getByRole('button', { name: 'Leave 1 group' }).waitFor();
		},
	},
	// Last, as it changes the workspace: dave leaves demo-project and reads the reply with Undo.
	{
		name: 'left-reply-with-undo',
		take: async (person) => {
			await person.signIn('dave', 'dave-demo');
			await person.openRoom('demo-project');
			await person.chooseFromRoomMenu('Leave group…');
			await person.dialog().getByRole('button', { name: 'Leave', exact: true }).click();
			await person.page.getByText('Choose a room on the left.').waitFor();
			await person.openRoom('leave-group.bot');
			await person.sees('You left #demo-project.', person.messages());
		},
	},
];

async function main(): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	const sandbox = await startWebSandbox(packagedApp(root));
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
		for (const shot of SHOTS) {
			const person = await Person.open(browser, sandbox.url);
			await shot.take(person);
			const file = join(outDir, `${shot.name}.png`);
			await person.page.screenshot({ path: file });
			await person.page.context().close();
			console.log(`screenshots: ${relative(root, file)}`);
		}
	} finally {
		await browser?.close();
		await sandbox.close();
	}
}

main().catch((error: unknown) => {
	console.error('screenshots failed:', error);
	process.exit(1);
});
