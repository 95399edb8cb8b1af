import type { UserCreateParamsPOST } from '@rocket.chat/rest-typings';

import { HttpClient } from '../support/e2e/httpClient';
import { login, succeeds } from '../support/e2e/restSession';
import { directMessagesFromApp } from '../support/e2e/scenario';
import type { SandboxProcess } from '../support/e2e/sandboxProcess';
import { startSandbox } from '../support/e2e/sandboxProcess';

// `npm start` takes the workspace's default language from OVERWRITE_SETTING_Language, as Rocket.Chat's container takes
// any setting from OVERWRITE_SETTING_<id>: a member who never chose a language is then answered in it.
// Rocket.Chat: apps/meteor/server/settings/general.ts (Language, shipped ''); server texts take user.language, then
// Language, then 'en' (e.g. apps/meteor/app/slashcommands-kick/server/server.ts).

describe('npm start with OVERWRITE_SETTING_Language=pt-BR', () => {
	let sandbox: SandboxProcess;
	let http: HttpClient;

	beforeAll(async () => {
		sandbox = await startSandbox({ env: { OVERWRITE_SETTING_Language: 'pt-BR' } });
		http = new HttpClient(sandbox.url);
	}, 120_000);

	afterAll(async () => {
		http?.close();
		await sandbox?.stop();
	}, 30_000);

	it('says so on start', () => {
		expect(sandbox.output()).toContain('Workspace language: pt-BR');
	});

	it('answers /leavegroup in Portuguese to a member without a language preference', async () => {
		const admin = await login(http, sandbox.adminUsername, sandbox.adminPassword);
		const maria = { username: 'maria', name: 'Maria', email: 'maria@example.com', password: 'maria-pass-1A' };
		await succeeds('users.create', admin.client.post('/v1/users.create', maria as UserCreateParamsPOST));
		const created = await succeeds('groups.create', admin.client.post('/v1/groups.create', { name: 'equipe', members: ['maria'] }));
		const session = await login(http, maria.username, maria.password);

		await succeeds('commands.run', session.client.post('/v1/commands.run', { command: 'leavegroup', params: '', roomId: created.group._id }));

		// She left the room she typed in, so the reply is in her direct room with the app.
		expect((await directMessagesFromApp(session)).map(({ msg }) => msg)).toEqual(['Você saiu de #equipe. Saiu por engano? Desfaça em até 10 minutos.']);
	});
});
