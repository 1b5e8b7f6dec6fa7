import { encodeSegment, joinUrl } from "../http/url.js";
import { ThreadIncludeSchema, ThreadSnapshotSchema } from "../schemas/thread.js";
import { streamThread } from "../stream/streamThread.js";
import { checkInput } from "./context.js";
// src/client/threadMethods.ts
function threadMethods({ baseUrl, transport }) {
	const threadUrl = (migrationId, tail = "") => joinUrl(baseUrl, `/migrations/${encodeSegment(migrationId, "migrationId")}/thread${tail}`);
	return {
		async getThread(migrationId, query = {}, o) {
			if (query.include !== void 0) checkInput(ThreadIncludeSchema, query.include, "include");
			const url = joinUrl(threadUrl(migrationId), "", {
				after: query.after,
				include: query.include
			});
			return (await transport.json({
				method: "GET",
				url,
				idempotent: true,
				schema: ThreadSnapshotSchema,
				...o
			})).data;
		},
		streamThread(migrationId, o = {}) {
			if (o.include !== void 0) checkInput(ThreadIncludeSchema, o.include, "include");
			return streamThread({
				...o,
				transport,
				url: threadUrl(migrationId, "/stream")
			});
		}
	};
}
export { threadMethods };
