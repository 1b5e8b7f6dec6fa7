// src/export/contentDisposition.ts
/**
* The file name from a `Content-Disposition` header (RFC 6266): `filename*` (RFC 5987,
* percent-encoded UTF-8) wins over `filename`. The result is untrusted, so directory parts
* and control characters are stripped; `null` when nothing usable is left.
*/
function filenameFromContentDisposition(header) {
	if (!header) return null;
	let extended = null;
	let plain = null;
	const param = /;\s*([!#$%&'*+.^_`|~0-9a-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/gi;
	for (let match = param.exec(header); match; match = param.exec(header)) {
		const key = (match[1] ?? "").toLowerCase();
		const raw = (match[2] ?? "").trim();
		if (key === "filename*") {
			const parts = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(raw.replace(/^"|"$/g, ""));
			if (parts) try {
				extended = decodeURIComponent(parts[2] ?? "");
			} catch {}
		} else if (key === "filename") plain = raw.startsWith("\"") ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
	}
	return sanitizeFilename(extended ?? plain);
}
function sanitizeFilename(name) {
	if (!name) return null;
	const last = name.split(/[/\\]/).pop() ?? "";
	let base = "";
	for (const char of last) {
		const code = char.charCodeAt(0);
		if (code >= 32 && code !== 127) base += char;
	}
	base = base.trim();
	return base && base !== "." && base !== ".." ? base : null;
}
export { filenameFromContentDisposition, sanitizeFilename };
