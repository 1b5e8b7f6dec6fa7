import { randomKey } from "../mutations/randomKey.js";
import { startImportMutationOptions } from "../mutations/startImportMutationOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
// src/hooks/useStartImport.ts
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
function useStartImport(companyId) {
	const client = useVernClient();
	const mutation = useMutation(startImportMutationOptions(client, companyId ?? ""));
	const keyRef = useRef(null);
	const { mutateAsync } = mutation;
	const start = useCallback(async (body) => {
		if (!body.idempotency_key && !keyRef.current) keyRef.current = randomKey();
		const idempotency_key = body.idempotency_key ?? keyRef.current ?? randomKey();
		const started = await mutateAsync({
			...body,
			idempotency_key
		});
		if (keyRef.current === idempotency_key) keyRef.current = null;
		return started;
	}, [mutateAsync]);
	return {
		...mutation,
		start
	};
}
export { useStartImport };
