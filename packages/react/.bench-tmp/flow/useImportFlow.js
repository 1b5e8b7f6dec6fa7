import { useActiveImport } from "../hooks/useActiveImport.js";
import { useDecision } from "../hooks/useDecision.js";
import { useImportRun } from "../hooks/useImportRun.js";
import { vernMutationKeys } from "../keys/vernKeys.js";
import { randomKey } from "../mutations/randomKey.js";
import { sendOnce } from "../mutations/sendOnce.js";
import { startImportMutationOptions } from "../mutations/startImportMutationOptions.js";
import { uploadImportFiles } from "../mutations/uploadImportFiles.js";
import { useVernClient } from "../provider/useVernClient.js";
import { usePersistedRecord } from "../storage/usePersistedRecord.js";
import { EMPTY_IMPORT_RECORD, parseImportFlowRecord } from "./importFlowRecord.js";
import { allowedImportActions, deriveImportStep } from "./importFlowSteps.js";
import { runIdFromPollUrl } from "./runIdFromPollUrl.js";
import { toVernApiError } from "./toVernApiError.js";
import { useLatest } from "./useLatest.js";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { VernApiError } from "@vernkit/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
// src/flow/useImportFlow.ts
/**
* The imports preview as one state machine: `files → importing → needs_attention →
* (approve | reject) → completed | failed`. The run id, the uploaded files and the
* `idempotency_key` of a start persist; a reload resumes the stored run, or finds the company's
* active import, or re-sends an unanswered start with the same key (the server returns the
* same run).
*
* @example
* const flow = useImportFlow({ companyId });
* if (flow.step === 'needs_attention') render(flow.needsAttention);
*/
function useImportFlow(options) {
	const { companyId } = options;
	const client = useVernClient();
	const queryClient = useQueryClient();
	const key = `vernkit:import-flow:${options.storageKey ?? companyId}`;
	const [stored, store] = usePersistedRecord(options.storage, key, parseImportFlowRecord);
	const record = stored ?? EMPTY_IMPORT_RECORD;
	const update = useCallback((change) => store.set(change(store.get() ?? EMPTY_IMPORT_RECORD)), [store]);
	const [pending, setPending] = useState(null);
	const [actionError, setActionError] = useState(null);
	const [uploads, setUploads] = useState([]);
	const runQuery = useImportRun(companyId, record.runId);
	const run = runQuery.data;
	const activeQuery = useActiveImport(companyId, { enabled: !record.runId });
	const startImport = useMutation(startImportMutationOptions(client, companyId));
	const decision = useDecision(companyId, record.runId);
	const upload = useMutation({
		mutationKey: vernMutationKeys.importUpload(companyId),
		mutationFn: (files) => uploadImportFiles(client, companyId, files, { onProgress: (_name, { loaded, total }, index) => setUploads((current) => current.map((e, i) => i === index ? {
			...e,
			loaded,
			total: total || e.total
		} : e)) }),
		retry: false
	});
	const { mutateAsync: startAsync } = startImport;
	const sendStart = useCallback(async () => {
		const current = store.get() ?? EMPTY_IMPORT_RECORD;
		const idempotencyKey = current.idempotencyKey ?? randomKey();
		if (!current.idempotencyKey) update((r) => ({
			...r,
			idempotencyKey
		}));
		const started = await startAsync({
			files: current.files,
			idempotency_key: idempotencyKey
		});
		update((r) => ({
			...r,
			runId: started.runId,
			idempotencyKey: null
		}));
	}, [
		store,
		update,
		startAsync
	]);
	const resumed = useRef(false);
	const active = activeQuery.data;
	useEffect(() => {
		if (record.runId || !activeQuery.isSuccess || resumed.current) return;
		const activeId = active ? active.run_id ?? runIdFromPollUrl(active.poll_url) : null;
		if (activeId) {
			resumed.current = true;
			update((r) => ({
				...r,
				runId: activeId,
				idempotencyKey: null
			}));
		} else if (record.idempotencyKey && record.files.length > 0) {
			resumed.current = true;
			setPending("start");
			sendStart().catch((error) => setActionError({
				action: "start",
				error: toVernApiError(error)
			})).finally(() => setPending(null));
		}
	}, [
		record.runId,
		record.idempotencyKey,
		record.files.length,
		activeQuery.isSuccess,
		active,
		update,
		sendStart
	]);
	const starting = !record.runId && record.idempotencyKey !== null && !actionError;
	const step = deriveImportStep({
		runId: record.runId,
		run,
		pending,
		starting
	});
	const allowed = allowedImportActions(step, pending, record.files.length);
	const latest = useLatest({
		allowed,
		step
	});
	const inFlight = useRef(null);
	const perform = useCallback((action, send) => {
		const current = inFlight.current;
		if (current?.action === action) return current.promise;
		const { allowed: now, step: at } = latest.current;
		if (current || !now.includes(action)) {
			const message = current ? `Cannot ${action} while ${current.action} is being sent` : `Cannot ${action} in the "${at}" step`;
			return Promise.resolve({
				ok: false,
				error: new VernApiError({
					kind: current ? "conflict" : "bad_request",
					status: 0,
					message
				})
			});
		}
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
	const { mutateAsync: uploadAsync, reset: resetUpload } = upload;
	const { approve: approveAsync, reject: rejectAsync } = decision;
	const actions = useMemo(() => ({
		upload: (input) => perform("upload", async () => {
			const files = Array.from(input);
			setUploads(files.map((f) => ({
				name: f.name,
				loaded: 0,
				total: f.size
			})));
			const uploaded = await sendOnce(queryClient, vernMutationKeys.importUpload(companyId), "", () => uploadAsync(files));
			update((r) => ({
				...r,
				files: [...r.files, ...uploaded]
			}));
		}),
		start: () => perform("start", sendStart),
		approve: (answers) => perform("approve", () => approveAsync(answers)),
		reject: () => perform("reject", () => rejectAsync()),
		reset: () => {
			const { allowed: now, step: at } = latest.current;
			if (!now.includes("reset") || inFlight.current) return {
				ok: false,
				error: new VernApiError({
					kind: "bad_request",
					status: 0,
					message: `Cannot reset in the "${at}" step`
				})
			};
			setActionError(null);
			setUploads([]);
			resetUpload();
			resumed.current = true;
			update(() => EMPTY_IMPORT_RECORD);
			return { ok: true };
		}
	}), [
		perform,
		sendStart,
		approveAsync,
		rejectAsync,
		uploadAsync,
		resetUpload,
		update,
		queryClient,
		companyId,
		latest
	]);
	const runError = runQuery.error;
	const [error, errorSource] = actionError ? [actionError.error, actionError.action] : runError ? [runError, "run"] : activeQuery.error ? [activeQuery.error, "active"] : [null, null];
	return {
		step,
		allowed,
		can: (action) => allowed.includes(action),
		pending,
		isLoading: record.runId !== null && run === void 0 && !runError || !record.runId && activeQuery.isLoading,
		error,
		errorSource,
		companyId,
		runId: record.runId,
		run,
		needsAttention: run?.status === "needs_attention" ? run.needs_attention : null,
		report: run?.status === "completed" ? run.report ?? null : null,
		files: record.files,
		uploads,
		...actions
	};
}
export { useImportFlow };
