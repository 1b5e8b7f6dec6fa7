import { VernApiError } from "../errors/VernApiError.js";
import { createRateLimiter } from "../rateLimit/createRateLimiter.js";
import { resolveRetry, retryDelay } from "../retry/retryPolicy.js";
import { sleep } from "../retry/sleep.js";
import { errorFromResponse } from "./errorFromResponse.js";
import { parseJsonText, validate } from "./parseBody.js";
import { redactUrl } from "./url.js";
// src/http/transport.ts
function isRateLimiter(value) {
	return typeof value === "object" && value !== null && typeof value.acquire === "function";
}
function shouldRetry(error, spec, policy, counts) {
	if (error.kind === "rate_limited") return (spec.idempotent || policy.retryMutationsOnRateLimit) && counts.limited < policy.maxRateLimitRetries;
	return (error.kind === "network" || error.kind === "server" && error.status !== 501) && spec.idempotent && counts.failures < policy.maxRetries;
}
function createTransport(options) {
	const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	const limiter = isRateLimiter(options.rateLimit) ? options.rateLimit : options.rateLimit ? createRateLimiter(options.rateLimit) : void 0;
	async function buildHeaders(spec) {
		const extra = typeof options.headers === "function" ? await options.headers() : options.headers;
		const headers = new Headers(extra);
		if (!headers.has("accept")) headers.set("accept", spec.accept ?? "application/json");
		if (spec.body !== void 0) headers.set("content-type", "application/json");
		if (options.apiKey) headers.set("x-api-key", options.apiKey);
		return headers;
	}
	async function attempt(spec, body) {
		const init = {
			method: spec.method,
			headers: await buildHeaders(spec)
		};
		if (body !== void 0) init.body = body;
		if (spec.signal) init.signal = spec.signal;
		try {
			return await fetchImpl(spec.url, init);
		} catch (cause) {
			if (spec.signal?.aborted) throw spec.signal.reason;
			const reason = cause instanceof Error ? cause.message : String(cause);
			throw new VernApiError({
				kind: "network",
				status: 0,
				method: spec.method,
				url: redactUrl(spec.url),
				cause,
				message: `Could not reach ${redactUrl(spec.url)} (${spec.method}): ${reason}`
			});
		}
	}
	async function send(spec) {
		const policy = resolveRetry(options.retry, spec.retry);
		const body = spec.body === void 0 ? void 0 : JSON.stringify(spec.body);
		const counts = {
			failures: 0,
			limited: 0
		};
		for (let retries = 0;; retries++) {
			spec.signal?.throwIfAborted();
			await limiter?.acquire(spec.signal);
			let error;
			try {
				const response = await attempt(spec, body);
				if (response.ok) return response;
				error = await errorFromResponse(response, spec.method, spec.url);
			} catch (caught) {
				if (!(caught instanceof VernApiError)) throw caught;
				error = caught;
			}
			if (!shouldRetry(error, spec, policy, counts)) throw error;
			if (error.kind === "rate_limited") counts.limited++;
			else counts.failures++;
			await sleep(retryDelay(policy, retries + 1), spec.signal);
		}
	}
	async function json(spec) {
		const policy = resolveRetry(options.retry, spec.retry);
		for (let bodyFailures = 0;; bodyFailures++) {
			const response = await send(spec);
			const ctx = {
				method: spec.method,
				url: spec.url,
				status: response.status
			};
			let text;
			try {
				text = await response.text();
			} catch (cause) {
				if (spec.signal?.aborted) throw spec.signal.reason;
				const error = new VernApiError({
					kind: "network",
					status: response.status,
					method: spec.method,
					url: redactUrl(spec.url),
					cause,
					message: `The response from ${redactUrl(spec.url)} (${spec.method}) was cut off`
				});
				if (!spec.idempotent || bodyFailures >= policy.maxRetries) throw error;
				await sleep(retryDelay(policy, bodyFailures + 1), spec.signal);
				continue;
			}
			return {
				data: validate(spec.schema, parseJsonText(text, ctx), ctx),
				response
			};
		}
	}
	return {
		send,
		json,
		fetch: fetchImpl
	};
}
export { createTransport };
