import { useQueryClient } from '@tanstack/react-query';
import type {
  Answers,
  CreateMigrationRequest,
  Migration,
  Preview,
  Report,
  Run,
  RunKind,
  StartRunRequest,
  ThreadEvent,
  ThreadInclude,
  VernApiError,
} from '@vernkit/core';
import { isVernApiError, VernApiError as VernApiErrorClass } from '@vernkit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnswerQuestions } from '../hooks/useAnswerQuestions.ts';
import { useCancelRun } from '../hooks/useCancelRun.ts';
import { useCreateMigration } from '../hooks/useCreateMigration.ts';
import { usePreview } from '../hooks/usePreview.ts';
import { useRunPolling } from '../hooks/useRunPolling.ts';
import { useStartRun } from '../hooks/useStartRun.ts';
import { useSubmitCredentials } from '../hooks/useSubmitCredentials.ts';
import { useThread } from '../hooks/useThread.ts';
import { type FileUploadProgress, type UploadableFiles, useUploadFiles } from '../hooks/useUploadFiles.ts';
import { vernKeys } from '../keys/vernKeys.ts';
import type { FlowStorage } from '../storage/FlowStorage.ts';
import { usePersistedRecord } from '../storage/usePersistedRecord.ts';
import type { ThreadConnection } from '../thread/threadData.ts';
import type { FlowActionResult } from './FlowActionResult.ts';
import {
  EMPTY_FLOW_RECORD,
  type FlowEvent,
  type FlowRecord,
  flowReducer,
  parseFlowRecord,
} from './flowReducer.ts';
import {
  allowedFlowActions,
  deriveFlowStep,
  type FlowAction,
  type FlowBlock,
  type FlowStep,
  flowBlock,
} from './flowSteps.ts';
import { flowStorageKey } from './flowStorageKey.ts';
import { toVernApiError } from './toVernApiError.ts';
import { useLatest } from './useLatest.ts';

export interface UseMigrationFlowOptions {
  /** An existing migration. */
  migrationId?: string;
  /**
   * Or the migration to create on mount. With an `external_id`, creation is idempotent and is
   * repeated on every mount to read the migration's current status.
   */
  create?: CreateMigrationRequest;
  /**
   * Where the ids persist. Default `localStorage`: a reload, another tab and a later visit all
   * find the same run (memory on a server or where storage is unusable). `sessionStorage` keeps
   * each tab apart; `null`: not persisted.
   */
  storage?: FlowStorage | null;
  /** The storage key, when the default (derived from the migration id or `external_id`) will not do. */
  storageKey?: string;
  /** Thread verbosity for `events`. Default `user`. */
  include?: ThreadInclude;
  /** Stream the thread live (default), or read snapshots only. */
  live?: boolean;
}

export interface MigrationFlow {
  step: FlowStep;
  /** The actions the current step allows; empty while an action is being sent. */
  allowed: readonly FlowAction[];
  can(action: FlowAction): boolean;
  /** The action being sent, if any. */
  pending: FlowAction | null;
  /** Resuming: creating/reading the migration or reading a stored run for the first time. */
  isLoading: boolean;
  /** The last failure: of an action, or of loading the migration, run, preview or thread. */
  error: VernApiError | null;
  /** What `error` came from. */
  errorSource: FlowAction | 'migration' | 'run' | 'preview' | 'thread' | null;

  migrationId: string | null;
  migration: Migration | null;
  runId: string | null;
  /** The phase the run was last started or resumed for. */
  kind: RunKind | null;
  run: Run | undefined;
  /** Why the run waits, from its poll: the questions or the credential request to render. */
  blocked: FlowBlock | null;
  preview: Preview | undefined;
  report: Report | null;
  events: ThreadEvent[];
  connection: ThreadConnection;
  /** Per-file progress of the current (or last) upload. */
  uploads: FileUploadProgress[];

  upload(files: UploadableFiles): Promise<FlowActionResult>;
  abortUpload(): void;
  generate(options?: { extract_via_api?: boolean }): Promise<FlowActionResult>;
  answer(answers: Answers): Promise<FlowActionResult>;
  submitCredentials(
    values: Record<string, unknown>,
    options?: { connectionId?: string },
  ): Promise<FlowActionResult>;
  refine(message: string): Promise<FlowActionResult>;
  clarify(message: string): Promise<FlowActionResult>;
  execute(): Promise<FlowActionResult>;
  cancel(): Promise<FlowActionResult>;
  /** Forget the run (kept on the server) and go back to `files`. Allowed when no run is in flight. */
  reset(): FlowActionResult;
}

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
export function useMigrationFlow(options: UseMigrationFlowOptions = {}): MigrationFlow {
  const { create, include = 'user', live = true } = options;
  const key = flowStorageKey(options);
  const [stored, store] = usePersistedRecord<FlowRecord>(options.storage, key, parseFlowRecord);
  const record = stored ?? EMPTY_FLOW_RECORD;

  const dispatch = useCallback(
    (event: FlowEvent) => {
      const current = store.get() ?? EMPTY_FLOW_RECORD;
      const next = flowReducer(current, event);
      if (next !== current) store.set(next);
    },
    [store],
  );

  const migrationId = options.migrationId ?? record.migrationId;
  const { runId, kind } = record;

  // The migration: the one given, or created (idempotently) on mount.
  const createMigration = useCreateMigration();
  const { mutateAsync: createAsync } = createMigration;
  const createKey = create ? JSON.stringify(create) : null;
  const latestCreate = useLatest(create);
  const createdFor = useRef<string | null>(null);
  // Bumped by `reset()` after a failed create, to try again.
  const [createAttempt, setCreateAttempt] = useState(0);
  useEffect(() => {
    if (options.migrationId) {
      dispatch({ type: 'migration_ready', migrationId: options.migrationId });
      return;
    }
    const request = latestCreate.current;
    if (!request || createKey === null) return;
    // Without an external_id a second create would make a second migration: reuse the stored one.
    if (record.migrationId && !request.external_id) return;
    // Once per request content (not per object identity), and once more per `reset()` after a failure.
    const attempt = `${createKey}#${createAttempt}`;
    if (createdFor.current === attempt) return;
    createdFor.current = attempt;
    createAsync(request)
      .then(({ migration }) => dispatch({ type: 'migration_ready', migrationId: migration.id }))
      .catch(() => undefined);
  }, [
    options.migrationId,
    createKey,
    createAttempt,
    record.migrationId,
    dispatch,
    createAsync,
    latestCreate,
  ]);

  const [pending, setPending] = useState<FlowAction | null>(null);
  // An action's failure belongs to the step it failed in (a refusal while another step ran
  // means nothing once that step is over).
  const [actionError, setActionError] = useState<{
    action: FlowAction;
    error: VernApiError;
    step: FlowStep;
  } | null>(null);

  const runQuery = useRunPolling(migrationId, runId, { kind });
  const run = runQuery.data;

  // A stored run the server no longer has: forget it rather than poll a 404 forever.
  useEffect(() => {
    if (runId && runQuery.error?.kind === 'not_found') dispatch({ type: 'run_lost', runId });
  }, [runId, runQuery.error, dispatch]);

  const migration = createMigration.data?.migration ?? null;
  const step = deriveFlowStep({ runId, kind, run, migrationStatus: migration?.status, pending });
  const blocked = flowBlock(run);
  const allowed = allowedFlowActions(step, blocked, pending);

  const previewExists =
    run?.status === 'awaiting_approval' ||
    (run !== undefined && kind !== null && kind !== 'generate') ||
    run?.status === 'completed' ||
    (!runId && migration?.status === 'awaiting_approval');
  const previewQuery = usePreview(migrationId, { enabled: previewExists });
  const thread = useThread(migrationId, { include, live });

  const uploads = useUploadFiles(migrationId);
  const startRun = useStartRun(migrationId);
  const answerQuestions = useAnswerQuestions(migrationId, runId);
  const credentials = useSubmitCredentials(migrationId, runId);
  const cancelRun = useCancelRun(migrationId, runId);

  const latest = useLatest({ allowed, step, blocked, migrationId, runId, pending, migration });
  const queryClient = useQueryClient();

  /**
   * The step and actions as of *now*, not as of the last render: an action chained on another's
   * promise (`upload(f).then(() => generate())`) runs before React re-renders, when the last
   * render still shows the first action as pending.
   */
  const currentStep = useCallback((): { step: FlowStep; allowed: readonly FlowAction[] } => {
    const rec = store.get() ?? EMPTY_FLOW_RECORD;
    const id = options.migrationId ?? rec.migrationId;
    const runNow = id && rec.runId ? queryClient.getQueryData<Run>(vernKeys.run(id, rec.runId)) : undefined;
    const at = deriveFlowStep({
      runId: rec.runId,
      kind: rec.kind,
      run: runNow,
      migrationStatus: latest.current.migration?.status,
      pending: null,
    });
    return { step: at, allowed: allowedFlowActions(at, flowBlock(runNow), null) };
  }, [store, queryClient, options.migrationId, latest]);
  const inFlight = useRef<{ action: FlowAction; promise: Promise<FlowActionResult> } | null>(null);

  const perform = useCallback(
    (action: FlowAction, send: () => Promise<unknown>): Promise<FlowActionResult> => {
      const current = inFlight.current;
      // A double trigger joins the first; anything else waits its turn.
      if (current?.action === action) return current.promise;
      const refuse = (message: string): Promise<FlowActionResult> => {
        const error = new VernApiErrorClass({
          kind: current ? 'conflict' : 'bad_request',
          status: 0,
          message,
        });
        return Promise.resolve({ ok: false, error });
      };
      if (current) return refuse(`Cannot ${action} while ${current.action} is being sent`);
      const { allowed: now, step: at } = currentStep();
      if (!now.includes(action)) return refuse(`Cannot ${action} in the "${at}" step`);

      setPending(action);
      setActionError(null);
      const promise = send().then(
        (): FlowActionResult => ({ ok: true }),
        (cause: unknown): FlowActionResult => {
          const error = toVernApiError(cause);
          setActionError({ action, error, step: currentStep().step });
          return { ok: false, error };
        },
      );
      const entry = {
        action,
        promise: promise.finally(() => {
          if (inFlight.current === entry) inFlight.current = null;
          setPending((p) => (p === action ? null : p));
        }),
      };
      inFlight.current = entry;
      return entry.promise;
    },
    [currentStep],
  );

  const { mutateAsync: startRunAsync } = startRun;
  const begin = useCallback(
    async (body: StartRunRequest) => {
      try {
        const started = await startRunAsync(body);
        dispatch({ type: 'run_started', runId: started.runId, kind: body.kind });
      } catch (error) {
        // A refused resume: the run is busy with another step. Follow it, so this tab shows
        // its real phase; the conflict still reaches the caller.
        if (isVernApiError(error) && error.kind === 'conflict' && error.runId) {
          dispatch({ type: 'run_busy', runId: error.runId });
        }
        throw error;
      }
    },
    [startRunAsync, dispatch],
  );

  const { upload: uploadFiles, abort: abortUpload, reset: resetUploads } = uploads;
  const { reset: resetCreate, isError: createFailed } = createMigration;
  const { mutateAsync: answerAsync } = answerQuestions;
  const { submit: submitSecret } = credentials;
  const { mutateAsync: cancelAsync } = cancelRun;

  const actions = useMemo(
    () => ({
      upload: (files: UploadableFiles) => perform('upload', () => uploadFiles(files)),
      abortUpload,
      generate: (opts: { extract_via_api?: boolean } = {}) =>
        perform('generate', () =>
          begin(opts.extract_via_api === undefined ? { kind: 'generate' } : { kind: 'generate', ...opts }),
        ),
      answer: (answers: Answers) => perform('answer', () => answerAsync(answers)),
      submitCredentials: (values: Record<string, unknown>, opts: { connectionId?: string } = {}) =>
        perform('submitCredentials', () => {
          const block = latest.current.blocked;
          const connectionId =
            opts.connectionId ?? (block?.reason === 'credentials' ? block.request?.connection_id : undefined);
          return submitSecret(values, connectionId ? { connectionId } : {});
        }),
      refine: (message: string) => perform('refine', () => begin({ kind: 'update', message })),
      clarify: (message: string) => perform('clarify', () => begin({ kind: 'clarify', message })),
      execute: () => perform('execute', () => begin({ kind: 'execute' })),
      cancel: () => perform('cancel', () => cancelAsync()),
      reset: (): FlowActionResult => {
        const { allowed: now, step: at } = currentStep();
        if (!now.includes('reset') || inFlight.current) {
          const error = new VernApiErrorClass({
            kind: 'bad_request',
            status: 0,
            message: `Cannot reset in the "${at}" step; cancel the run first`,
          });
          return { ok: false, error };
        }
        setActionError(null);
        resetUploads();
        if (createFailed) {
          resetCreate();
          setCreateAttempt((n) => n + 1);
        }
        dispatch({ type: 'reset' });
        return { ok: true };
      },
    }),
    [
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
      currentStep,
      createFailed,
      resetCreate,
    ],
  );

  const previewError = previewExists ? previewQuery.error : null;
  const stepError = actionError?.step === step ? actionError : null;
  const [error, errorSource] = firstError<NonNullable<MigrationFlow['errorSource']>>([
    [stepError?.error, stepError?.action ?? null],
    [createMigration.error, 'migration'],
    [runQuery.error?.kind === 'not_found' ? null : runQuery.error, 'run'],
    [previewError, 'preview'],
    [thread.error, 'thread'],
  ]);

  const isLoading =
    (!migrationId && Boolean(create) && !createMigration.error) ||
    (Boolean(runId) && run === undefined && !runQuery.error);

  return {
    step,
    allowed,
    can: (action) => allowed.includes(action),
    pending,
    isLoading,
    error,
    errorSource,
    migrationId,
    migration,
    runId,
    kind,
    run,
    blocked,
    preview: previewQuery.data,
    report: run?.status === 'completed' ? (run.report ?? null) : null,
    events: thread.events,
    connection: thread.connection,
    uploads: uploads.progress,
    ...actions,
  };
}

function firstError<S>(
  candidates: Array<[VernApiError | null | undefined, S | null]>,
): [VernApiError | null, S | null] {
  for (const [error, source] of candidates) if (error) return [error, source];
  return [null, null];
}
