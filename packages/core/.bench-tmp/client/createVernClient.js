import { createTransport } from "../http/transport.js";
import { normalizeBaseUrl } from "../http/url.js";
import { catalogueMethods } from "./catalogueMethods.js";
import { importMethods } from "./importMethods.js";
import { migrationMethods } from "./migrationMethods.js";
import { runMethods } from "./runMethods.js";
import { threadMethods } from "./threadMethods.js";
import { uploadMethods } from "./uploadMethods.js";
// src/client/createVernClient.ts
/**
* A typed, framework-free client for Vern's Migration API. Every response is validated;
* failures are `VernApiError`s; reads retry on 429/5xx/network, mutations are sent once.
*
* @example
* // server-side, with the key
* const vern = createVernClient({ baseUrl: 'https://app.vern.so/api/v1', apiKey: process.env.VERN_API_KEY });
* // in the browser, through the host's proxy
* const vern = createVernClient({ baseUrl: '/api/vern' });
*/
function createVernClient(options) {
	const baseUrl = normalizeBaseUrl(options.baseUrl);
	const ctx = {
		baseUrl,
		transport: createTransport(options),
		uploadTransport: options.uploadTransport ?? "auto"
	};
	const migrations = migrationMethods(ctx);
	return {
		baseUrl,
		...catalogueMethods(ctx),
		...migrations,
		...uploadMethods(ctx, migrations.createUploads),
		...runMethods(ctx),
		...threadMethods(ctx),
		...importMethods(ctx)
	};
}
export { createVernClient };
