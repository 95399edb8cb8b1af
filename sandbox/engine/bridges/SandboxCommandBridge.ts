import type { ISlashCommand } from '@rocket.chat/apps-engine/definition/slashcommands';
import { CommandBridge } from '@rocket.chat/apps-engine/server/bridges/CommandBridge';

import { unsupported } from './unsupported';

interface RegisteredCommand {
	appId: string;
	enabled: boolean;
}

/**
 * The workspace's slash command registry, as far as apps fill it: Rocket.Chat's own commands (/leave, …) are not
 * emulated, so apps cannot modify them. Commands are lower-case, as Rocket.Chat keys them.
 */
export class SandboxCommandBridge extends CommandBridge {
	private readonly commands = new Map<string, RegisteredCommand>();

	/** Whether `/command` would run: registered by an app and enabled. */
	isEnabled(command: string): boolean {
		return this.commands.get(command.toLowerCase())?.enabled === true;
	}

	/** The enabled commands, without their slash. */
	commandNames(): string[] {
		return [...this.commands].filter(([, registered]) => registered.enabled).map(([name]) => name);
	}

	protected async doesCommandExist(command: string): Promise<boolean> {
		return this.commands.has(command.toLowerCase());
	}

	protected async registerCommand(command: ISlashCommand, appId: string): Promise<void> {
		const name = command.command.toLowerCase();
		if (this.commands.has(name)) {
			throw new Error(`Command "${name}" is already registered`);
		}
		this.commands.set(name, { appId, enabled: true });
	}

	protected async enableCommand(command: string): Promise<void> {
		this.require(command).enabled = true;
	}

	protected async disableCommand(command: string): Promise<void> {
		this.require(command).enabled = false;
	}

	protected async unregisterCommand(command: string): Promise<void> {
		this.commands.delete(command.toLowerCase());
	}

	protected async modifyCommand(): Promise<void> {
		return unsupported('CommandBridge', 'modifyCommand');
	}

	private require(command: string): RegisteredCommand {
		const registered = this.commands.get(command.toLowerCase());
		if (!registered) {
			throw new Error(`Command "${command}" is not registered`);
		}
		return registered;
	}
}
