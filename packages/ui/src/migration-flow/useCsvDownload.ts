'use client';
import type { ExportFilter } from '@vernkit/core';
import { useVernClient } from '@vernkit/react';
import { useCallback } from 'react';
import { saveCsv } from '../report-summary/saveCsv.ts';

/** `ReportSummary`'s `onDownload` for a migration: stream the sheet's export and save it as a file. */
export function useCsvDownload(migrationId: string | null) {
  const client = useVernClient();
  return useCallback(
    async (templateSlug: string, filter: ExportFilter) => {
      if (!migrationId) throw new Error('No migration to export from');
      await saveCsv(await client.exportCsv(migrationId, templateSlug, { filter }));
    },
    [client, migrationId],
  );
}
