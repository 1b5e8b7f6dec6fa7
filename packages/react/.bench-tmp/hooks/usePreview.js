import { previewQueryOptions } from "../options/previewQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/usePreview.ts
/**
* The current preview. Fetched once per version: every `generate`/`update` run that reaches
* `awaiting_approval` marks it stale, and it refetches while the previous one stays on screen.
*
* @example
* const { data: run } = useRunPolling(migrationId, runId, { kind: 'generate' });
* const { data: preview } = usePreview(migrationId, { enabled: run?.status === 'awaiting_approval' });
*/
function usePreview(migrationId, { enabled = true } = {}) {
	const client = useVernClient();
	return useQuery({
		...previewQueryOptions(client, migrationId ?? ""),
		enabled: Boolean(migrationId) && enabled
	});
}
export { usePreview };
