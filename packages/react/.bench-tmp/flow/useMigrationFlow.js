import { useAnswerQuestions } from "../hooks/useAnswerQuestions.js";
import { useCancelRun } from "../hooks/useCancelRun.js";
import { useCreateMigration } from "../hooks/useCreateMigration.js";
import { usePreview } from "../hooks/usePreview.js";
import { useRunPolling } from "../hooks/useRunPolling.js";
import { useStartRun } from "../hooks/useStartRun.js";
import { useSubmitCredentials } from "../hooks/useSubmitCredentials.js";
import { useThread } from "../hooks/useThread.js";
import { useUploadFiles } from "../hooks/useUploadFiles.js";
import { usePersistedRecord } from "../storage/usePersistedRecord.js";
import { EMPTY_FLOW_RECORD, flowReducer, parseFlowRecord } from "./flowReducer.js";
import { allowedFlowActions, deriveFlowStep, flowBlock } from "./flowSteps.js";
import { flowStorageKey } from "./flowStorageKey.js";
import { toVernApiError } from "./toVernApiError.js";
import { useLatest } from "./useLatest.js";
import { VernApiError } from "@vernkit/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
// src/flow/useMigrationFlow.ts
/**
* The whole migration lifecycle as one state machine:
* `files → generating → (blocked) → preview → refining → preview → executing → report`,
* plus `failed` and `canceled`. The step is derived from the server's run (the truth for
* pauses), the actions allowed in it are listed in `allowed`, and the migration and run ids
* persist so a reload resumes the same run without starting another.
*
* @example
* const flow = useMigrationFlow({ create: { name: 'Acme', external_id: 'acme-001' } });
* if (flow.step === 'files') return <Dropzone onFiles={(f) => flow.upload(f).then(() => flow.generate())} />;
*/
function useMigrationFlow(options = {}) {
	const { create, include = "user", live = true } = options;
	const key = flowStorageKey(options);
	const [stored, store] = usePersistedRecord(options.storage, key, parseFlowRecord);
	const record = stored ?? EMPTY_FLOW_RECORD;
	const dispatch = useCallback((event) => {
		const current = store.get() ?? EMPTY_FLOW_RECORD;
		const next = flowReducer(current, event);
		if (next !== current) store.set(next);
	}, [store]);
	const migrationId = options.migrationId ?? record.migrationId;
	const { runId, kind } = record;
	const createMigration = useCreateMigration();
	const { mutateAsync: createAsync } = createMigration;
	const createKey = create ? JSON.stringify(create) : null;
	const latestCreate = useLatest(create);
	const createdFor = useRef(null);
	const [createAttempt, setCreateAttempt] = useState(0);
	useEffect(() => {
		if (options.migrationId) {
			dispatch({
				type: "migration_ready",
				migrationId: options.migrationId
			});
			return;
		}
		const request = latestCreate.current;
		if (!request || createKey === null) return;
		if (record.migrationId && !request.external_id) return;
		const attempt = `${createKey}#${createAttempt}`;
		if (createdFor.current === attempt) return;
		createdFor.current = attempt;
		createAsync(request).then(({ migration }) => dispatch({
			type: "migration_ready",
			migrationId: migration.id
		})).catch(() => void 0);
	}, [
		options.migrationId,
		createKey,
		createAttempt,
		record.migrationId,
		dispatch,
		createAsync,
		latestCreate
	]);
	const [pending, setPending] = useState(null);
	const [actionError, setActionError] = useState(null);
	const runQuery = useRunPolling(migrationId, runId, { kind });
	const run = runQuery.data;
	useEffect(() => {
		if (runId && runQuery.error?.kind === "not_found") dispatch({
			type: "run_lost",
			runId
		});
	}, [
		runId,
		runQuery.error,
		dispatch
	]);
	const migration = createMigration.data?.migration ?? null;
	const step = deriveFlowStep({
		runId,
		kind,
		run,
		migrationStatus: migration?.status,
		pending
	});
	const blocked = flowBlock(run);
	const allowed = allowedFlowActions(step, blocked, pending);
	const previewExists = run?.status === "awaiting_approval" || run !== void 0 && kind !== null && kind !== "generate" || run?.status === "completed" || !runId && migration?.status === "awaiting_approval";
	const previewQuery = usePreview(migrationId, { enabled: previewExists });
	const thread = useThread(migrationId, {
		include,
		live
	});
	const uploads = useUploadFiles(migrationId);
	const startRun = useStartRun(migrationId);
	const answerQuestions = useAnswerQuestions(migrationId, runId);
	const credentials = useSubmitCredentials(migrationId, runId);
	const cancelRun = useCancelRun(migrationId, runId);
	const latest = useLatest({
		allowed,
		step,
		blocked,
		migrationId,
		runId,
		pending
	});
	const inFlight = useRef(null);
	const perform = useCallback((action, send) => {
		const current = inFlight.current;
		if (current?.action === action) return current.promise;
		const refuse = (message) => {
			const error = new VernApiError({
				kind: current ? "conflict" : "bad_request",
				status: 0,
				message
			});
			return Promise.resolve({
				ok: false,
				error
			});
		};
		if (current) return refuse(`Cannot ${action} while ${current.action} is being sent`);
		const { allowed: now, step: at } = latest.current;
		if (!now.includes(action)) return refuse(`Cannot ${action} in the "${at}" step`);
		setPending(action);
		setActionError(null);
		const entry = {
			action,
			promise: send().then(() => ({ ok: true }), (cause) => {
				const error = toVernApiError(cause);
				setActionError({
					action,
					error
				});
				return {
					ok: false,
					error
				};
			}).finally(() => {
				if (inFlight.current === entry) inFlight.current = null;
				setPending((p) => p === action ? null : p);
			})
		};
		inFlight.current = entry;
		return entry.promise;
	}, [latest]);
	const { mutateAsync: startRunAsync } = startRun;
	const begin = useCallback(async (body) => {
		const started = await startRunAsync(body);
		dispatch({
			type: "run_started",
			runId: started.runId,
			kind: body.kind
		});
	}, [startRunAsync, dispatch]);
	const { upload: uploadFiles, abort: abortUpload, reset: resetUploads } = uploads;
	const { reset: resetCreate, isError: createFailed } = createMigration;
	const { mutateAsync: answerAsync } = answerQuestions;
	const { submit: submitSecret } = credentials;
	const { mutateAsync: cancelAsync } = cancelRun;
	const actions = useMemo(() => ({
		upload: (files) => perform("upload", () => uploadFiles(files)),
		abortUpload,
		generate: (opts = {}) => perform("generate", () => begin(opts.extract_via_api === void 0 ? { kind: "generate" } : {
			kind: "generate",
			...opts
		})),
		answer: (answers) => perform("answer", () => answerAsync(answers)),
		submitCredentials: (values, opts = {}) => perform("submitCredentials", () => {
			const block = latest.current.blocked;
			const connectionId = opts.connectionId ?? (block?.reason === "credentials" ? block.request?.connection_id : void 0);
			return submitSecret(values, connectionId ? { connectionId } : {});
		}),
		refine: (message) => perform("refine", () => begin({
			kind: "update",
			message
		})),
		clarify: (message) => perform("clarify", () => begin({
			kind: "clarify",
			message
		})),
		execute: () => perform("execute", () => begin({ kind: "execute" })),
		cancel: () => perform("cancel", () => cancelAsync()),
		reset: () => {
			const { allowed: now, step: at } = latest.current;
			if (!now.includes("reset") || inFlight.current) return {
				ok: false,
				error: new VernApiError({
					kind: "bad_request",
					status: 0,
					message: `Cannot reset in the "${at}" step; cancel the run first`
				})
			};
			setActionError(null);
			resetUploads();
			if (createFailed) {
				resetCreate();
				setCreateAttempt((n) => n + 1);
			}
			dispatch({ type: "reset" });
			return { ok: true };
		}
	}), [
		perform,
		begin,
		uploadFiles,
		abortUpload,
		resetUploads,
		answerAsync,
		submitSecret,
		cancelAsync,
		dispatch,
		latest,
		createFailed,
		resetCreate
	]);
	const previewError = previewExists ? previewQuery.error : null;
	const [error, errorSource] = firstError([
		[actionError?.error, actionError?.action ?? null],
		[createMigration.error, "migration"],
		[runQuery.error?.kind === "not_found" ? null : runQuery.error, "run"],
		[previewError, "preview"],
		[thread.error, "thread"]
	]);
	return {
		step,
		allowed,
		can: (action) => allowed.includes(action),
		pending,
		isLoading: !migrationId && Boolean(create) && !createMigration.error || Boolean(runId) && run === void 0 && !runQuery.error,
		error,
		errorSource,
		migrationId,
		migration,
		runId,
		kind,
		run,
		blocked,
		preview: previewQuery.data,
		report: run?.status === "completed" ? run.report ?? null : null,
		events: thread.events,
		connection: thread.connection,
		uploads: uploads.progress,
		...actions
	};
}
function firstError(candidates) {
	for (const [error, source] of candidates) if (error) return [error, source];
	return [null, null];
}
export { useMigrationFlow };
