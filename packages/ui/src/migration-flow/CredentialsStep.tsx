'use client';
import type { CredentialRequest } from '@vernkit/core';
import type { MigrationFlow } from '@vernkit/react';
import { CredentialForm } from '../credential-form/CredentialForm.tsx';
import { useSlotClass } from '../internal/slotClasses.tsx';

export interface CredentialsStepProps {
  flow: MigrationFlow;
  request: CredentialRequest | null;
}

/** The live source's credential form; values go to the credentials endpoint only. */
export function CredentialsStep({ flow, request }: CredentialsStepProps) {
  const sc = useSlotClass();
  return (
    <div data-slot="migration-flow-credentials" className={sc('migration-flow-credentials')}>
      <CredentialForm
        request={request ?? { schema: {} }}
        heading={false}
        onSubmit={(values, options) => flow.submitCredentials(values, options)}
      />
    </div>
  );
}
