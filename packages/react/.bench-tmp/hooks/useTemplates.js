import { templatesQueryOptions } from "../options/templatesQueryOptions.js";
import { useVernClient } from "../provider/useVernClient.js";
import { useQuery } from "@tanstack/react-query";
// src/hooks/useTemplates.ts
/**
* The account's templates, to let a customer choose what to import.
*
* @example
* const { data } = useTemplates();
* data?.templates.map((t) => t.name);
*/
function useTemplates({ enabled = true } = {}) {
	const client = useVernClient();
	return useQuery({
		...templatesQueryOptions(client),
		enabled
	});
}
export { useTemplates };
