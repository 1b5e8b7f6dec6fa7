import * as React from "react";
// src/provider/readPromise.ts
/**
* Suspend until `promise` settles: React 19's `use`, or the equivalent thrown-promise protocol
* on React 18 (the peer range starts there). Property access keeps a React 18 bundle from
* failing on a missing `use` export.
*/
function readPromise(promise) {
	const reactUse = React.use;
	if (typeof reactUse === "function") return reactUse(promise);
	const tracked = promise;
	if (tracked.status === "fulfilled") return tracked.value;
	if (tracked.status === "rejected") throw tracked.reason;
	if (tracked.status !== "pending") {
		tracked.status = "pending";
		tracked.then((value) => {
			tracked.status = "fulfilled";
			tracked.value = value;
		}, (reason) => {
			tracked.status = "rejected";
			tracked.reason = reason;
		});
	}
	throw tracked;
}
export { readPromise };
