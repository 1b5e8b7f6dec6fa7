import { VernApiError, isVernApiError } from "../errors/VernApiError.js";
import { formatIssuePath } from "../http/parseBody.js";
import { redactUrl } from "../http/url.js";
import { backoffDelay } from "../retry/backoffDelay.js";
import { sleep } from "../retry/sleep.js";
import { isPlainObject } from "../schemas/common.js";
import { ThreadDoneSchema, ThreadEventSchema, ThreadStreamErrorSchema } from "../schemas/thread.js";
import { createParser } from "eventsource-parser";
// src/stream/streamThread.ts
/** A generous ceiling on one frame, so a misbehaving proxy cannot grow the buffer without bound. */
const MAX_FRAME_CHARS = 33554432;
/** Statuses that will not get better by reconnecting. */
const FATAL = /* @__PURE__ */ new Set([
	"auth",
	"not_found",
	"bad_request",
	"invalid_response"
]);
function parseJson(text) {
	try {
		return {
			ok: true,
			value: JSON.parse(text)
		};
	} catch {
		return { ok: false };
	}
}
function toFrame(message, url) {
	const name = message.event ?? "message";
	const json = parseJson(message.data);
	const invalid = (path, detail) => ({
		kind: "invalid",
		error: new VernApiError({
			kind: "invalid_response",
			status: 200,
			method: "GET",
			url: redactUrl(url),
			path,
			body: message.data,
			message: `Unexpected thread stream frame (event: ${name}): ${path ? `${path}: ` : ""}${detail}`
		})
	});
	if (name === "done") {
		const done = json.ok ? ThreadDoneSchema.safeParse(json.value) : null;
		return {
			kind: "done",
			lastSequence: done?.success ? done.data.last_sequence ?? null : null
		};
	}
	if (name === "error") {
		const value = json.ok ? json.value : { message: message.data };
		const frame = ThreadStreamErrorSchema.safeParse(isPlainObject(value) ? value : { data: value });
		const event = ThreadEventSchema.safeParse(isPlainObject(value) ? {
			type: "error",
			...value
		} : value);
		return {
			kind: "error",
			frame: frame.success ? frame.data : { message: message.data },
			event: event.success ? event.data : null
		};
	}
	if (!json.ok) return invalid("", "data is not JSON");
	const value = isPlainObject(json.value) && json.value.type === void 0 ? {
		...json.value,
		type: name
	} : json.value;
	const parsed = ThreadEventSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return invalid(issue ? formatIssuePath(issue.path) : "", issue?.message ?? "not a thread event");
	}
	return {
		kind: "event",
		event: parsed.data
	};
}
/**
* Read `GET /thread/stream` over `fetch` (EventSource cannot send `x-api-key`), resuming with
* `?after=<highest sequence seen>` whenever the server closes without `event: done`.
* The cursor only moves forward and only on frames that carry a sequence, so an event is
* never yielded twice and none is skipped across reconnects.
*/
async function* streamThread(input) {
	const { transport, signal, onError, onDone, onOpen } = input;
	const maxReconnects = input.maxReconnects ?? 5;
	const delay = input.reconnectDelay ?? {
		base: 1e3,
		cap: 3e4
	};
	let cursor = typeof input.after === "number" && Number.isFinite(input.after) ? input.after : null;
	let failures = 0;
	let serverRetryMs = null;
	const controller = new AbortController();
	const onAbort = () => controller.abort(signal?.reason);
	signal?.addEventListener("abort", onAbort, { once: true });
	if (signal?.aborted) onAbort();
	try {
		while (!controller.signal.aborted) {
			const params = new URLSearchParams();
			if (cursor !== null) params.set("after", String(cursor));
			if (input.include) params.set("include", input.include);
			const query = params.toString();
			const url = query ? `${input.url}?${query}` : input.url;
			let receivedAnything = false;
			let dropped = null;
			try {
				const response = await transport.send({
					method: "GET",
					url,
					accept: "text/event-stream",
					idempotent: true,
					signal: controller.signal
				});
				const contentType = response.headers.get("content-type");
				if (!response.body || contentType && !contentType.includes("text/event-stream")) {
					await response.body?.cancel().catch(() => void 0);
					throw new VernApiError({
						kind: "invalid_response",
						status: response.status,
						method: "GET",
						url: redactUrl(url),
						message: `Expected an event stream from ${redactUrl(url)}, got ${contentType ?? "no body"}`
					});
				}
				const body = response.body;
				onOpen?.();
				const frames = [];
				let overflowed = false;
				const parser = createParser({
					maxBufferSize: MAX_FRAME_CHARS,
					onError: (error) => {
						if (error.type === "max-buffer-size-exceeded") overflowed = true;
					},
					onEvent: (message) => {
						const frame = toFrame(message, url);
						if (frame) frames.push(frame);
					},
					onComment: () => {
						receivedAnything = true;
					},
					onRetry: (ms) => {
						serverRetryMs = ms;
					}
				});
				const reader = body.getReader();
				const decoder = new TextDecoder();
				const cancel = () => void reader.cancel(controller.signal.reason).catch(() => void 0);
				controller.signal.addEventListener("abort", cancel, { once: true });
				try {
					for (;;) {
						let chunk;
						try {
							chunk = await reader.read();
						} catch (cause) {
							if (controller.signal.aborted) return;
							throw new VernApiError({
								kind: "network",
								status: 0,
								method: "GET",
								url: redactUrl(url),
								cause,
								message: "The thread stream connection dropped"
							});
						}
						if (controller.signal.aborted) return;
						const { value, done } = chunk;
						parser.feed(done ? `${decoder.decode()}\n\n` : decoder.decode(value, { stream: true }));
						if (overflowed) throw new VernApiError({
							kind: "invalid_response",
							status: response.status,
							method: "GET",
							url: redactUrl(url),
							message: `A thread stream frame exceeded ${MAX_FRAME_CHARS} characters`
						});
						for (const frame of frames.splice(0)) {
							receivedAnything = true;
							if (frame.kind === "done") {
								onDone?.({ lastSequence: frame.lastSequence ?? cursor });
								return;
							}
							if (frame.kind === "invalid") {
								onError?.(frame.error);
								continue;
							}
							const event = frame.event;
							if (event !== null && cursor !== null && event.sequence <= cursor) continue;
							if (frame.kind === "error") onError?.(frame.frame);
							if (!event) continue;
							cursor = event.sequence;
							yield event;
						}
						if (done) break;
					}
				} finally {
					controller.signal.removeEventListener("abort", cancel);
					reader.cancel().catch(() => void 0);
				}
			} catch (error) {
				if (controller.signal.aborted) return;
				if (!isVernApiError(error) || FATAL.has(error.kind)) throw error;
				dropped = error;
			}
			failures = receivedAnything ? 1 : failures + 1;
			if (failures > maxReconnects) throw new VernApiError({
				kind: dropped?.kind ?? "network",
				status: dropped?.status ?? 0,
				method: "GET",
				url: redactUrl(input.url),
				cause: dropped ?? void 0,
				message: `The thread stream closed ${failures} times in a row without finishing`
			});
			if (dropped) onError?.(dropped);
			const wait = Math.max(serverRetryMs ?? 0, backoffDelay(failures, delay));
			try {
				await sleep(wait, controller.signal);
			} catch {
				return;
			}
		}
	} finally {
		signal?.removeEventListener("abort", onAbort);
		controller.abort();
	}
}
export { streamThread };
