import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

import { SandboxEngine } from '../../engine/SandboxEngine';
import { createSandboxServer } from '../../http/server';
import { buildWebPage } from '../../web/build';
import { Workspace } from '../../workspace/Workspace';
import { type DemoWorkspace, seedDemo } from '../../workspace/demoSeed';
import type { WorkspaceUser } from '../../workspace/records';

// What a browser test of the sandbox's web page needs, for any app: the demo workspace `npm start` seeds, the app zip
// in the real engine, the server on a free port, and headless Chromium from the npm registry (@sparticuz/chromium)
// driven by playwright-core. Leave Group's own page tests (../../../test/e2e/webPage.test.ts) use it with its zip.

export interface WebSandbox {
	url: string;
	workspace: Workspace;
	engine: SandboxEngine;
	demo: DemoWorkspace;
	admin: WorkspaceUser;
	close(): Promise<void>;
}

/** Hosts the zip over a demo workspace, as `npm start` does, on 127.0.0.1 and a free port. */
export async function startWebSandbox(appZip: string): Promise<WebSandbox> {
	await buildWebPage();
	const workspace = new Workspace();
	const admin = workspace.createUser({
		username: 'admin',
		name: 'Administrator',
		email: 'admin@sandbox.invalid',
		password: 'admin-pass',
		roles: ['admin', 'user'],
	});
	const demo = seedDemo(workspace, admin);
	const engine = await SandboxEngine.start({ workspace, appZip, installerId: admin._id });
	const server = createSandboxServer({ workspace, apps: engine });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		workspace,
		engine,
		demo,
		admin,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await engine.stop();
		},
	};
}

/** Headless Chromium from @sparticuz/chromium's package (unpacked to the temp folder once), nothing downloaded. */
export async function launchChromium(): Promise<Browser> {
	const found = JSON.parse(execFileSync(process.execPath, [join(__dirname, 'chromium.mjs')], { encoding: 'utf8' })) as {
		executablePath: string;
		args: string[];
	};
	// Its flags are for one page per process (AWS Lambda): a single-process Chromium exits when a test closes its
	// browser context, so that flag is left out, and each test gets a fresh context.
	const args = found.args.filter((arg) => arg !== '--single-process');
	return chromium.launch({ executablePath: found.executablePath, args, headless: true });
}

/** A person at the page: what they do and read, by the labels and texts they see. */
export class Person {
	constructor(readonly page: Page) {}

	static async open(browser: Browser, url: string): Promise<Person> {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(url);
		return new Person(page);
	}

	async signIn(username: string, password: string): Promise<void> {
		await this.page.getByLabel('Username or email').fill(username);
		await this.page.getByLabel('Password').fill(password);
		await this.page.getByRole('button', { name: 'Login' }).click();
		await this.rooms().first().waitFor();
	}

	/** The sidebar's rooms. */
	rooms() {
		return this.page.getByRole('navigation', { name: 'Rooms' }).getByRole('link');
	}

	async roomNames(): Promise<string[]> {
		// Typed without the DOM library here: the links are read as the elements they are in the page.
		return this.rooms().evaluateAll((links) =>
			links.map((link) => (link as unknown as { getAttribute(name: string): string | null }).getAttribute('aria-label') ?? ''),
		);
	}

	async openRoom(name: string): Promise<void> {
		await this.page.getByRole('navigation', { name: 'Rooms' }).getByRole('link', { name, exact: true }).click();
		await this.page.getByRole('heading', { name, exact: true }).waitFor();
	}

	/** Types into the composer and presses Enter, as a person sends a message or a slash command. */
	async send(text: string): Promise<void> {
		const composer = this.page.getByRole('form', { name: 'Composer' }).getByRole('textbox');
		await composer.fill(text);
		await composer.press('Enter');
	}

	messages() {
		return this.page.getByRole('log', { name: 'Messages' });
	}

	/** The app's private replies in the open room (those marked "Only you can see this message"). */
	privateReplies() {
		return this.messages().locator('[data-private="true"]');
	}

	async chooseFromRoomMenu(label: string): Promise<void> {
		await this.page.getByRole('button', { name: 'Options' }).click();
		await this.page.getByText(label, { exact: true }).click();
		// The menu fades out after a choice; waiting keeps it out of what is read or pictured next.
		await this.page.getByRole('option', { name: label }).waitFor({ state: 'hidden' });
	}

	async roomMenuItems(): Promise<string[]> {
		const kebab = this.page.getByRole('button', { name: 'Options' });
		if ((await kebab.count()) === 0) {
			return [];
		}
		await kebab.click();
		await this.page.getByRole('option').first().waitFor();
		const items = (await this.page.getByRole('option').allInnerTexts()).map((text) => text.trim());
		await this.page.keyboard.press('Escape');
		return items;
	}

	/** Waits until the text shows inside `within` (the whole page by default), as a person waits to read it. */
	async sees(text: string, within: Locator = this.page.locator('body')): Promise<void> {
		await within.getByText(text).first().waitFor();
	}

	dialog() {
		return this.page.getByRole('dialog');
	}

	contextualBar() {
		return this.page.getByRole('complementary');
	}
}
