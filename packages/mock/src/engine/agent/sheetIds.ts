import type { Template } from '@vernkit/core';
import { stableUuid } from '../ids.ts';

/** A migration's sheet for a template keeps one id across runs: the report's `sheetId`. */
export function sheetIdFor(migrationId: string, template: Template): string {
  return stableUuid(`${migrationId}/${template.slug ?? template.id ?? template.name}`);
}
