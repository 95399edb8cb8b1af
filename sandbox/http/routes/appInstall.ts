import type { AppPackageUpload, AppUploadResult } from '../AppsGateway';
import { MultipartError, parseMultipart } from '../multipart';
import { parseBody } from '../body';
import type { Params, Route, RouteContext } from '../route';
import { RestError, failure, json, permissionsRequired, success } from '../respond';
import type { RestResponse } from '../respond';

// Rocket.Chat's app install and update routes as `rc-apps deploy` and the admin's "Upload private app" use them
// (ee/server/apps/communication/rest.ts, current source): POST /api/apps installs an uploaded zip, POST /api/apps/:id
// replaces an installed app with one, GET /api/apps/:id answers whether it is installed. All need manage-apps.
// The zip comes as multipart/form-data (`app`, plus `permissions` as JSON text), read as getUploadFormData does.
//
// Rocket.Chat's answers here are the engine's app record (IAppInfo + status), not the marketplace `App` that
// @rocket.chat/rest-typings declares for these paths, so they are typed by the engine's record instead.

function requireManageApps({ workspace, caller }: RouteContext): void {
	if (!workspace.hasPermission(caller._id, 'manage-apps')) {
		throw permissionsRequired();
	}
}

/** A MeteorError thrown while reading the upload, as Rocket.Chat's API renders it: the code in brackets, and as errorType. */
function uploadError(code: string): RestError {
	return new RestError(400, { success: false, error: `[${code}]`, errorType: code });
}

/** The zip and the granted permissions, read as getUploadFormData({ field: 'app' }) reads them. */
function readUpload(context: RouteContext): AppPackageUpload {
	const raw = context.rawBody;
	let form;
	try {
		form = parseMultipart(raw?.content ?? Buffer.alloc(0), raw?.contentType);
	} catch (error) {
		// busboy refuses a body that is not multipart, and Rocket.Chat's API answers the error's message.
		throw failure(error instanceof MultipartError ? error.message : String(error));
	}
	if (form.files.some((file) => file.fieldname !== 'app')) {
		throw uploadError('invalid-field');
	}
	if (form.files.length > 1) {
		throw failure('Just 1 file is allowed');
	}
	const [file] = form.files;
	if (!file) {
		throw uploadError('No file uploaded');
	}
	return { zip: file.content, installerId: context.caller._id, ...grantedPermissions(form.fields.permissions) };
}

// Rocket.Chat takes the field as JSON and keeps it only when it is a non-empty list; anything else grants nothing
// explicitly, so the engine applies the app's declared permissions.
function grantedPermissions(text: string | undefined): Pick<AppPackageUpload, 'permissionsGranted'> {
	try {
		const permissions: unknown = JSON.parse(text || '');
		return Array.isArray(permissions) && permissions.length ? { permissionsGranted: permissions as Array<{ name: string }> } : {};
	} catch {
		return {};
	}
}

/** A JSON body names a zip to fetch (`url`) or a marketplace app: both need the internet, which the sandbox does not reach. */
function refuseRemoteSources(context: RouteContext): void {
	const contentType = context.rawBody?.contentType;
	if (contentType && !contentType.toLowerCase().startsWith('multipart/')) {
		const body = parseBody(context.rawBody?.content ?? Buffer.alloc(0), contentType);
		const params = (typeof body === 'object' && body !== null ? body : {}) as Params;
		if (params.url || (params.appId && params.marketplace && params.version)) {
			throw failure('The sandbox installs apps from an uploaded zip only; it fetches no url and has no marketplace [sandbox-not-supported]');
		}
	}
}

function readAllowedUpload(context: RouteContext): AppPackageUpload {
	refuseRemoteSources(context);
	const upload = readUpload(context);
	// DISABLE_PRIVATE_APP_INSTALLATION (Cloud hosting): checked after the upload is read, as API.v1.internalError.
	if (context.serverOptions.disablePrivateAppInstallation) {
		throw new RestError(500, { success: false, error: 'private_app_install_disabled' });
	}
	return upload;
}

interface UploadAnswer {
	app: Extract<AppUploadResult, { ok: true }>['app'];
	implemented: Record<string, boolean>;
	licenseValidation: object;
}

function uploadAnswer(result: AppUploadResult): RestResponse {
	if (!result.ok) {
		const { ok: _ok, ...refusal } = result;
		return json(400, { success: false, ...refusal });
	}
	const answer: UploadAnswer = { app: result.app, implemented: result.implemented, licenseValidation: result.licenseValidation };
	return success({ ...answer });
}

export const appInstallRoutes: Route[] = [
	{
		method: 'POST',
		path: 'apps',
		rawBody: true,
		handle: async (context) => {
			requireManageApps(context);
			return uploadAnswer(await context.apps.install(readAllowedUpload(context)));
		},
	},
	{
		// The zip's own id names the app that is replaced, as in Rocket.Chat; the path's id is not read.
		method: 'POST',
		path: 'apps/:id',
		rawBody: true,
		handle: async (context) => {
			requireManageApps(context);
			return uploadAnswer(await context.apps.update(readAllowedUpload(context)));
		},
	},
	{
		// rc-apps deploy asks this first, and updates instead of installing when it answers success.
		method: 'GET',
		path: 'apps/:id',
		handle: async (context) => {
			requireManageApps(context);
			const app = await context.apps.installedApp(context.urlParams.id);
			if (!app) {
				throw new RestError(404, { success: false, error: `No App found by the id of: ${context.urlParams.id}` });
			}
			return success({ app });
		},
	},
];
