'use client';

export type { FlowActionResult } from './flow/FlowActionResult.ts';
export {
  ACTIONS_BY_STEP,
  allowedFlowActions,
  deriveFlowStep,
  FLOW_ACTIONS,
  FLOW_STEPS,
  type FlowAction,
  type FlowBlock,
  type FlowStep,
} from './flow/flowSteps.ts';
export {
  IMPORT_ACTIONS_BY_STEP,
  IMPORT_FLOW_ACTIONS,
  IMPORT_FLOW_STEPS,
  type ImportFlowAction,
  type ImportFlowStep,
} from './flow/importFlowSteps.ts';
export { type ImportFlow, type UseImportFlowOptions, useImportFlow } from './flow/useImportFlow.ts';
export {
  type MigrationFlow,
  type UseMigrationFlowOptions,
  useMigrationFlow,
} from './flow/useMigrationFlow.ts';
export { useActiveImport } from './hooks/useActiveImport.ts';
export { useAnswerQuestions } from './hooks/useAnswerQuestions.ts';
export { useCancelRun } from './hooks/useCancelRun.ts';
export { useCreateMigration } from './hooks/useCreateMigration.ts';
export { useDecision } from './hooks/useDecision.ts';
export { useFiles } from './hooks/useFiles.ts';
export { type UseImportHistoryOptions, useImportHistory } from './hooks/useImportHistory.ts';
export { type UseImportRunOptions, useImportRun } from './hooks/useImportRun.ts';
export { useIsThreadLive } from './hooks/useIsThreadLive.ts';
export { type UsePreviewOptions, usePreview } from './hooks/usePreview.ts';
export { type UseRunOptions, useRun } from './hooks/useRun.ts';
export { LIVE_SAFETY_POLL_MS, type UseRunPollingOptions, useRunPolling } from './hooks/useRunPolling.ts';
export { useSources } from './hooks/useSources.ts';
export { useStartImport } from './hooks/useStartImport.ts';
export { useStartRun } from './hooks/useStartRun.ts';
export {
  type SubmitCredentialsOptions,
  type SubmitCredentialsVariables,
  useSubmitCredentials,
} from './hooks/useSubmitCredentials.ts';
export { useTemplates } from './hooks/useTemplates.ts';
export { type UseThreadOptions, type UseThreadResult, useThread } from './hooks/useThread.ts';
export { type FileUploadProgress, type UploadableFiles, useUploadFiles } from './hooks/useUploadFiles.ts';
export { vernKeys, vernMutationKeys } from './keys/vernKeys.ts';
export { answerQuestionsMutationOptions } from './mutations/answerQuestionsMutationOptions.ts';
export { cancelRunMutationOptions } from './mutations/cancelRunMutationOptions.ts';
export {
  type CreatedMigration,
  createMigrationMutationOptions,
} from './mutations/createMigrationMutationOptions.ts';
export { decisionMutationOptions } from './mutations/decisionMutationOptions.ts';
export { startImportMutationOptions } from './mutations/startImportMutationOptions.ts';
export type { StartedImport } from './mutations/startImportRecovering.ts';
export { startRunMutationOptions } from './mutations/startRunMutationOptions.ts';
export type { StartedRun } from './mutations/startRunRecovering.ts';
export {
  type UploadFilesVariables,
  uploadFilesMutationOptions,
} from './mutations/uploadFilesMutationOptions.ts';
export { activeImportQueryOptions } from './options/activeImportQueryOptions.ts';
export { filesQueryOptions } from './options/filesQueryOptions.ts';
export {
  type ImportHistoryQueryConfig,
  importHistoryInfiniteQueryOptions,
} from './options/importHistoryInfiniteQueryOptions.ts';
export { type ImportRunQueryConfig, importRunQueryOptions } from './options/importRunQueryOptions.ts';
export { previewQueryOptions } from './options/previewQueryOptions.ts';
export {
  isRunSettled,
  type RunPollingOptions,
  runPollingQueryOptions,
} from './options/runPollingQueryOptions.ts';
export { runQueryOptions } from './options/runQueryOptions.ts';
export { sourcesQueryOptions } from './options/sourcesQueryOptions.ts';
export { templatesQueryOptions } from './options/templatesQueryOptions.ts';
export { type ThreadQueryConfig, threadQueryOptions } from './options/threadQueryOptions.ts';
export {
  POLL_MAX_ERROR_INTERVAL_MS,
  POLL_MAX_INTERVAL_MS,
  POLL_SCHEDULE,
  pollDelay,
} from './polling/pollDelay.ts';
export { vernRetry } from './polling/vernRetry.ts';
export { createVernQueryClient } from './provider/createVernQueryClient.ts';
export {
  createRetryStatusStore,
  IDLE_RETRY_STATUS,
  type RetryStatusStore,
  type VernRetryStatus,
} from './provider/retryStatus.ts';
export { useVernClient } from './provider/useVernClient.ts';
export { useVernRetrying } from './provider/useVernRetrying.ts';
export {
  DEFAULT_BROWSER_RATE_LIMIT,
  VernProvider,
  type VernProviderClientProps,
  type VernProviderProps,
  type VernProviderUrlProps,
} from './provider/VernProvider.tsx';
export { createMemoryStorage } from './storage/createMemoryStorage.ts';

export type { FlowStorage } from './storage/FlowStorage.ts';
export type { ThreadConnection, ThreadData } from './thread/threadData.ts';
