import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type DecisionAnswer,
  type ImportRun,
  type NeedsAttention,
  type Report,
  type VernApiError,
  VernApiError as VernApiErrorClass,
} from '@vernkit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActiveImport } from '../hooks/useActiveImport.ts';
import { useDecision } from '../hooks/useDecision.ts';
import { useImportRun } from '../hooks/useImportRun.ts';
import type { FileUploadProgress } from '../hooks/useUploadFiles.ts';
import { vernKeys, vernMutationKeys } from '../keys/vernKeys.ts';
import { randomKey } from '../mutations/randomKey.ts';
import { sendOnce } from '../mutations/sendOnce.ts';
import { startImportMutationOptions } from '../mutations/startImportMutationOptions.ts';
import { uploadImportFiles } from '../mutations/uploadImportFiles.ts';
import { useVernClient } from '../provider/useVernClient.ts';
import type { FlowStorage } from '../storage/FlowStorage.ts';
import { usePersistedRecord } from '../storage/usePersistedRecord.ts';
import type { FlowActionResult } from './FlowActionResult.ts';
import { EMPTY_IMPORT_RECORD, type ImportFlowRecord, parseImportFlowRecord } from './importFlowRecord.ts';
import {
  allowedImportActions,
  deriveImportStep,
  type ImportFlowAction,
  type ImportFlowStep,
} from './importFlowSteps.ts';
import { runIdFromPollUrl } from './runIdFromPollUrl.ts';
import { toVernApiError } from './toVernApiError.ts';
import { useLatest } from './useLatest.ts';

export interface UseImportFlowOptions {
  companyId: string;
  /**
   * Where the run id, idempotency key and uploaded files persist. Default `localStorage`, shared
   * by the tabs of the browser (memory where it is unusable); `sessionStorage` keeps each tab
   * apart; `null`: not persisted.
   */
  storage?: FlowStorage | null;
  storageKey?: string;
}

export interface ImportFlow {
  step: ImportFlowStep;
  allowed: readonly ImportFlowAction[];
  can(action: ImportFlowAction): boolean;
  pending: ImportFlowAction | null;
  isLoading: boolean;
  error: VernApiError | null;
  errorSource: ImportFlowAction | 'run' | 'active' | null;

  companyId: string;
  runId: string | null;
  run: ImportRun | undefined;
  /** The questions and proposed patch, from the run's poll, while it `needs_attention`. */
  needsAttention: NeedsAttention | null;
  report: Report | null;
  /** Files uploaded and waiting to be imported. */
  files: ReadonlyArray<{ name: string; upload_ref: string }>;
  uploads: FileUploadProgress[];

  upload(files: readonly File[] | FileList): Promise<FlowActionResult>;
  start(): Promise<FlowActionResult>;
  /** No answers: apply the proposed patch as is. */
  approve(answers?: DecisionAnswer[]): Promise<FlowActionResult>;
  reject(): Promise<FlowActionResult>;
  reset(): FlowActionResult;
}

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
export function useImportFlow(options: UseImportFlowOptions): ImportFlow {
  const { companyId } = options;
  const client = useVernClient();
  const queryClient = useQueryClient();
  const key = `vernkit:import-flow:${options.storageKey ?? companyId}`;
  const [stored, store] = usePersistedRecord<ImportFlowRecord>(options.storage, key, parseImportFlowRecord);
  const record = stored ?? EMPTY_IMPORT_RECORD;
  const update = useCallback(
    (change: (r: ImportFlowRecord) => ImportFlowRecord) =>
      store.set(change(store.get() ?? EMPTY_IMPORT_RECORD)),
    [store],
  );

  // The start key found on opening: a start whose answer never came before a reload (or, with
  // storage shared by tabs, another tab's start on the wire: the same key gets the same run).
  // A key that appears later is another tab's start in flight, never this tab's to send again.
  const [keyOnOpen] = useState(() => store.get()?.idempotencyKey ?? null);
  const [pending, setPending] = useState<ImportFlowAction | null>(null);
  const [actionError, setActionError] = useState<{ action: ImportFlowAction; error: VernApiError } | null>(
    null,
  );
  const [uploads, setUploads] = useState<FileUploadProgress[]>([]);

  const runQuery = useImportRun(companyId, record.runId);
  const run = runQuery.data;
  const activeQuery = useActiveImport(companyId, { enabled: !record.runId });
  const startImport = useMutation(startImportMutationOptions(client, companyId));
  const decision = useDecision(companyId, record.runId);
  const upload = useMutation({
    mutationKey: vernMutationKeys.importUpload(companyId),
    mutationFn: (files: File[]) =>
      uploadImportFiles(client, companyId, files, {
        onProgress: (_name, { loaded, total }, index) =>
          setUploads((current) =>
            current.map((e, i) => (i === index ? { ...e, loaded, total: total || e.total } : e)),
          ),
      }),
    retry: false,
  });

  const { mutateAsync: startAsync } = startImport;
  const sendStart = useCallback(async () => {
    const current = store.get() ?? EMPTY_IMPORT_RECORD;
    const idempotencyKey = current.idempotencyKey ?? randomKey();
    // Persist the key before sending: a reload while the request is out re-sends this same key.
    if (!current.idempotencyKey) update((r) => ({ ...r, idempotencyKey }));
    const started = await startAsync({ files: current.files, idempotency_key: idempotencyKey });
    update((r) => ({ ...r, runId: started.runId, idempotencyKey: null }));
  }, [store, update, startAsync]);

  // Resume without a stored run: adopt the company's active import, or finish an unanswered start.
  const resumed = useRef(false);
  const active = activeQuery.data;
  useEffect(() => {
    if (record.runId || !activeQuery.isSuccess || resumed.current) return;
    const activeId = active ? (active.run_id ?? runIdFromPollUrl(active.poll_url)) : null;
    if (activeId) {
      resumed.current = true;
      update((r) => ({ ...r, runId: activeId, idempotencyKey: null }));
    } else if (record.idempotencyKey && record.idempotencyKey === keyOnOpen && record.files.length > 0) {
      resumed.current = true;
      setPending('start');
      sendStart()
        .catch((error) => setActionError({ action: 'start', error: toVernApiError(error) }))
        .finally(() => setPending(null));
    }
  }, [
    record.runId,
    record.idempotencyKey,
    record.files.length,
    keyOnOpen,
    activeQuery.isSuccess,
    active,
    update,
    sendStart,
  ]);

  const starting = !record.runId && record.idempotencyKey === keyOnOpen && keyOnOpen !== null && !actionError;
  const step = deriveImportStep({ runId: record.runId, run, pending, starting });
  const allowed = allowedImportActions(step, pending, record.files.length);
  const latest = useLatest({ allowed, step, actionError });

  /** The step as of now, not the last render (see useMigrationFlow: chained actions run before a re-render). */
  const currentStep = useCallback(() => {
    const rec = store.get() ?? EMPTY_IMPORT_RECORD;
    const runNow = rec.runId
      ? queryClient.getQueryData<ImportRun>(vernKeys.importRun(companyId, rec.runId))
      : undefined;
    const startingNow =
      !rec.runId && rec.idempotencyKey === keyOnOpen && keyOnOpen !== null && !latest.current.actionError;
    const at = deriveImportStep({ runId: rec.runId, run: runNow, pending: null, starting: startingNow });
    return { step: at, allowed: allowedImportActions(at, null, rec.files.length) };
  }, [store, queryClient, companyId, latest, keyOnOpen]);
  const inFlight = useRef<{ action: ImportFlowAction; promise: Promise<FlowActionResult> } | null>(null);

  const perform = useCallback(
    (action: ImportFlowAction, send: () => Promise<unknown>): Promise<FlowActionResult> => {
      const current = inFlight.current;
      if (current?.action === action) return current.promise;
      const { allowed: now, step: at } = currentStep();
      if (current || !now.includes(action)) {
        const message = current
          ? `Cannot ${action} while ${current.action} is being sent`
          : `Cannot ${action} in the "${at}" step`;
        return Promise.resolve({
          ok: false,
          error: new VernApiErrorClass({ kind: current ? 'conflict' : 'bad_request', status: 0, message }),
        });
      }
      setPending(action);
      setActionError(null);
      const entry = {
        action,
        promise: send()
          .then(
            (): FlowActionResult => ({ ok: true }),
            (cause: unknown): FlowActionResult => {
              const error = toVernApiError(cause);
              setActionError({ action, error });
              return { ok: false, error };
            },
          )
          .finally(() => {
            if (inFlight.current === entry) inFlight.current = null;
            setPending((p) => (p === action ? null : p));
          }),
      };
      inFlight.current = entry;
      return entry.promise;
    },
    [currentStep],
  );

  const { mutateAsync: uploadAsync, reset: resetUpload } = upload;
  const { approve: approveAsync, reject: rejectAsync } = decision;
  const actions = useMemo(
    () => ({
      upload: (input: readonly File[] | FileList) =>
        perform('upload', async () => {
          const files = Array.from(input as ArrayLike<File>);
          setUploads(files.map((f) => ({ name: f.name, loaded: 0, total: f.size })));
          const uploaded = await sendOnce(queryClient, vernMutationKeys.importUpload(companyId), '', () =>
            uploadAsync(files),
          );
          update((r) => ({ ...r, files: [...r.files, ...uploaded] }));
        }),
      start: () => perform('start', sendStart),
      approve: (answers?: DecisionAnswer[]) => perform('approve', () => approveAsync(answers)),
      reject: () => perform('reject', () => rejectAsync()),
      reset: (): FlowActionResult => {
        const { allowed: now, step: at } = currentStep();
        if (!now.includes('reset') || inFlight.current) {
          return {
            ok: false,
            error: new VernApiErrorClass({
              kind: 'bad_request',
              status: 0,
              message: `Cannot reset in the "${at}" step`,
            }),
          };
        }
        setActionError(null);
        setUploads([]);
        resetUpload();
        resumed.current = true;
        update(() => EMPTY_IMPORT_RECORD);
        return { ok: true };
      },
    }),
    [
      perform,
      sendStart,
      approveAsync,
      rejectAsync,
      uploadAsync,
      resetUpload,
      update,
      queryClient,
      companyId,
      currentStep,
    ],
  );

  const runError = runQuery.error;
  const [error, errorSource] = actionError
    ? [actionError.error, actionError.action]
    : runError
      ? [runError, 'run' as const]
      : activeQuery.error
        ? [activeQuery.error, 'active' as const]
        : [null, null];

  return {
    step,
    allowed,
    can: (action) => allowed.includes(action),
    pending,
    isLoading:
      (record.runId !== null && run === undefined && !runError) || (!record.runId && activeQuery.isLoading),
    error,
    errorSource,
    companyId,
    runId: record.runId,
    run,
    needsAttention: run?.status === 'needs_attention' ? run.needs_attention : null,
    report: run?.status === 'completed' ? (run.report ?? null) : null,
    files: record.files,
    uploads,
    ...actions,
  };
}
