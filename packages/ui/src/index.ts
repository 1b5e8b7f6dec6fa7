'use client';
// Named re-exports only, sorted (biome organizes them): one line per component folder.
export * from './agent-activity/index.ts';
export * from './credential-form/index.ts';
export * from './file-dropzone/index.ts';
export * from './flagged-rows-review/index.ts';
export * from './labels/index.ts';
export * from './migration-flow/index.ts';
export * from './preview-table/index.ts';
export * from './primitives/index.ts';
export * from './proposed-patch/index.ts';
export * from './provider/index.ts';
export * from './question-form/index.ts';
export * from './refine-box/index.ts';
export * from './report-summary/index.ts';
export * from './run-progress/index.ts';
export * from './theme/index.ts';
