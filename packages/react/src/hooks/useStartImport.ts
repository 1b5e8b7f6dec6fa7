import { useMutation } from '@tanstack/react-query';
import type { StartImportRequest } from '@vernkit/core';
import { useCallback, useRef } from 'react';
import { randomKey } from '../mutations/randomKey.ts';
import { startImportMutationOptions } from '../mutations/startImportMutationOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * Start an import with an `idempotency_key` that is generated once and kept until the run is
 * known: every retry after a failure (a lost response, a 5xx) sends the same key, so the server
 * returns the same run instead of starting another. Pass your own key to persist it yourself
 * (`useImportFlow` does, so a reload mid-request resumes too).
 *
 * @example
 * const start = useStartImport(companyId);
 * const { runId } = await start.start({ files: [{ name: 'contacts.csv', upload_ref }] });
 */
export function useStartImport(companyId: string | null | undefined) {
  const client = useVernClient();
  const mutation = useMutation(startImportMutationOptions(client, companyId ?? ''));
  const keyRef = useRef<string | null>(null);
  const { mutateAsync } = mutation;

  const start = useCallback(
    async (body: StartImportRequest) => {
      if (!body.idempotency_key && !keyRef.current) keyRef.current = randomKey();
      const idempotency_key = body.idempotency_key ?? keyRef.current ?? randomKey();
      const started = await mutateAsync({ ...body, idempotency_key });
      // The run is known: the next import is a new one.
      if (keyRef.current === idempotency_key) keyRef.current = null;
      return started;
    },
    [mutateAsync],
  );
  return { ...mutation, start };
}
