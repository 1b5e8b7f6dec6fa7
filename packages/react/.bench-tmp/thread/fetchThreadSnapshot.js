import { mergeThreadEvents } from "./threadData.js";
// src/thread/fetchThreadSnapshot.ts
/** Upper bound on pages read in one go, so a server that never stops paging cannot trap us. */
const MAX_PAGES = 20;
/**
* Page the snapshot forward from the thread's cursor. The API names no page size, so a page
* that brought events is followed by another until one brings none; later polls start from
* the cursor and usually need one request.
*/
async function fetchThreadSnapshot(client, migrationId, include, thread, signal) {
	let current = thread;
	for (let page = 0; page < MAX_PAGES; page++) {
		const before = current.lastSequence;
		const snapshot = await client.getThread(migrationId, {
			include,
			...before === null ? {} : { after: before }
		}, { signal });
		current = mergeThreadEvents(current, snapshot.events);
		if (!(current.lastSequence !== before) || thread.lastSequence !== null) break;
	}
	return current;
}
export { fetchThreadSnapshot };
