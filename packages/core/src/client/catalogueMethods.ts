import * as z from 'zod/mini';
import { encodeSegment, joinUrl } from '../http/url.ts';
import {
  PinSourceRequestSchema,
  PinSourceResponseSchema,
  SourceListSchema,
  TemplateListSchema,
  TemplateSchema,
} from '../schemas/catalogue.ts';
import { isPlainObject } from '../schemas/plainObject.ts';
import { type ClientContext, checkInput } from './context.ts';
import type { VernClient } from './VernClient.ts';

/** The single-template read is documented bare; a `{ template }` envelope is read too. */
const SingleTemplateSchema = z.pipe(
  z.transform((v) =>
    isPlainObject(v) && isPlainObject(v.template) && v.name === undefined ? v.template : v,
  ),
  TemplateSchema,
);

export function catalogueMethods({
  baseUrl,
  transport,
}: ClientContext): Pick<VernClient, 'listSources' | 'pinSource' | 'listTemplates' | 'getTemplate'> {
  return {
    async listSources(o) {
      const url = joinUrl(baseUrl, '/sources');
      return (await transport.json({ method: 'GET', url, idempotent: true, schema: SourceListSchema, ...o }))
        .data;
    },

    async pinSource(source, runId, o) {
      const body = { run_id: runId };
      checkInput(PinSourceRequestSchema, body, 'pin request');
      const url = joinUrl(baseUrl, `/sources/${encodeSegment(source, 'source')}/pin`);
      const { data } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: PinSourceResponseSchema,
        ...o,
      });
      return data;
    },

    async listTemplates(o) {
      const url = joinUrl(baseUrl, '/templates');
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: TemplateListSchema, ...o })
      ).data;
    },

    async getTemplate(slug, o) {
      const url = joinUrl(baseUrl, `/templates/${encodeSegment(slug, 'templateSlug')}`);
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: SingleTemplateSchema, ...o })
      ).data;
    },
  };
}
