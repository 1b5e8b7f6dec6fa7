import * as z from 'zod/mini';
import { UploadRequestFileSchema } from './migration.ts';

// The one module the client loads on demand (see http/loadSchemas.ts): every schema, the parse
// with English messages, and the few schemas only the client's checks use. Everything that
// needs zod at run time is reached from here, so a host that never imports a schema by name
// keeps zod out of its initial bundle.
export * from './index.ts';
export { safeParse } from './safeParse.ts';

/** `createUploads` asks for at least one signed URL. */
export const UploadRequestFilesSchema = z.array(UploadRequestFileSchema).check(z.minLength(1));
