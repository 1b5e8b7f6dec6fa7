import { encodeSegment, joinUrl } from '../http/url.ts';
import { isPlainObject } from '../schemas/plainObject.ts';
import { type ClientContext, checkInput } from './context.ts';
import type { VernClient } from './VernClient.ts';

/** The single-template read is documented bare; a `{ template }` envelope is read too. */
const unwrapTemplate = (v: unknown) =>
  isPlainObject(v) && isPlainObject(v.template) && v.name === undefined ? v.template : v;

export function catalogueMethods({
  baseUrl,
  transport,
}: ClientContext): Pick<VernClient, 'listSources' | 'pinSource' | 'listTemplates' | 'getTemplate'> {
  return {
    async listSources(o) {
      const url = joinUrl(baseUrl, '/sources');
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.SourceListSchema,
          ...o,
        })
      ).data;
    },

    async pinSource(source, runId, o) {
      const body = { run_id: runId };
      await checkInput((s) => s.PinSourceRequestSchema, body, 'pin request');
      const url = joinUrl(baseUrl, `/sources/${encodeSegment(source, 'source')}/pin`);
      const { data } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: (s) => s.PinSourceResponseSchema,
        ...o,
      });
      return data;
    },

    async listTemplates(o) {
      const url = joinUrl(baseUrl, '/templates');
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.TemplateListSchema,
          ...o,
        })
      ).data;
    },

    async getTemplate(slug, o) {
      const url = joinUrl(baseUrl, `/templates/${encodeSegment(slug, 'templateSlug')}`);
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.TemplateSchema,
          prepare: unwrapTemplate,
          ...o,
        })
      ).data;
    },
  };
}
