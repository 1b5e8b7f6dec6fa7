import { useRef } from "react";
// src/flow/useLatest.ts
/** A ref that always holds the latest render's value, for stable callbacks that read fresh state. */
function useLatest(value) {
	const ref = useRef(value);
	ref.current = value;
	return ref;
}
export { useLatest };
