import { importRunQueryOptions } from "../options/importRunQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useImportRun.ts
/**
* An import run (imports preview), polled until `completed`, `failed`, `canceled`, or
* `needs_attention` (which waits for `useDecision`). Same schedule and sharing as `useRunPolling`.
*
* @example
* const { data: run } = useImportRun(companyId, runId);
* if (run?.status === 'needs_attention') render(run.needs_attention.questions);
*/
function useImportRun(companyId, runId, { enabled = true, ...config } = {}) {
	const client = useVernClient();
	return useQuery({
		...importRunQueryOptions(client, companyId ?? "", runId ?? "", config),
		enabled: Boolean(companyId && runId) && enabled
	});
}
export { useImportRun };
