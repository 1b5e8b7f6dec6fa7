export { ApplyFixButton, type ApplyFixButtonProps } from './ApplyFixButton.tsx';
export { ProposedPatch, type ProposedPatchProps } from './ProposedPatch.tsx';
export { destructiveSummary, type PatchActionModel, patchActions } from './patchModel.ts';
