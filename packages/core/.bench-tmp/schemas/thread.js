import { z } from "zod";
// src/schemas/thread.ts
const THREAD_EVENT_TYPES = [
	"message",
	"thinking",
	"status",
	"tool_call",
	"tool_result",
	"task",
	"request_input",
	"prepared",
	"preview",
	"completed",
	"error"
];
/** `user` for end customers (default), `tools` adds tool calls, `all` adds thinking (host debugging only). */
const ThreadIncludeSchema = z.enum([
	"user",
	"tools",
	"all"
]);
/**
* One thread event. `status` carries `{ message }`, `message` carries `{ text }` (markdown).
* `type` is kept as a string so a new event type is shown, not rejected.
*/
const ThreadEventSchema = z.looseObject({
	sequence: z.number(),
	type: z.string(),
	data: z.record(z.string(), z.unknown()).nullable().optional().transform((d) => d ?? {}),
	created_at: z.string().optional()
});
const ThreadSnapshotSchema = z.looseObject({
	events: z.array(ThreadEventSchema),
	last_sequence: z.number().nullable().optional().default(null)
});
/** `event: done` data. */
const ThreadDoneSchema = z.looseObject({ last_sequence: z.number().nullable().optional() });
/** `event: error` data: may arrive without a `sequence`; never move the resume cursor on it. */
const ThreadStreamErrorSchema = z.looseObject({
	sequence: z.number().optional(),
	error: z.string().optional(),
	message: z.string().optional(),
	data: z.unknown().optional()
});
export { THREAD_EVENT_TYPES, ThreadDoneSchema, ThreadEventSchema, ThreadIncludeSchema, ThreadSnapshotSchema, ThreadStreamErrorSchema };
