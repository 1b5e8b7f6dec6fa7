// src/upload/contentType.ts
const BY_EXTENSION = {
	csv: "text/csv",
	tsv: "text/tab-separated-values",
	txt: "text/plain",
	json: "application/json",
	xml: "application/xml",
	zip: "application/zip",
	xls: "application/vnd.ms-excel",
	xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	ods: "application/vnd.oasis.opendocument.spreadsheet"
};
/**
* The type to declare for a file. Browsers leave `File.type` empty for extensions the OS
* does not know (often `.csv` on Windows), and storage checks the declared type on PUT.
*/
function contentTypeFor(name, declared) {
	if (declared) return declared;
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	return extension && BY_EXTENSION[extension] || "application/octet-stream";
}
export { contentTypeFor };
