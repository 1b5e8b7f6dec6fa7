export { CredentialForm, type CredentialFormProps } from './CredentialForm.tsx';
export { CredentialGuidance } from './CredentialGuidance.tsx';
export {
  type CredentialFieldModel,
  type CredentialInputKind,
  credentialFields,
  humanizeKey,
} from './credentialFields.ts';
export { SecretInput, type SecretInputProps } from './SecretInput.tsx';
