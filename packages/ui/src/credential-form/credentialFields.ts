import type { CredentialField, CredentialRequest } from '@vernkit/core';

export type CredentialInputKind = 'text' | 'secret' | 'number' | 'boolean';

export interface CredentialFieldModel {
  key: string;
  label: string;
  description?: string;
  kind: CredentialInputKind;
  required: boolean;
}

/** `client_secret` → "Client secret": a readable name when the schema gives no title. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!words) return key;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(field: CredentialField): CredentialInputKind {
  if (field.secret) return 'secret';
  const type = field.type.toLowerCase();
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'text';
}

/** The form's fields, in schema order. A field is required unless the schema says `required: false`. */
export function credentialFields(request: CredentialRequest): CredentialFieldModel[] {
  return Object.entries(request.schema ?? {}).map(([key, field]) => {
    const kind = kindOf(field);
    return {
      key,
      label: field.title ?? field.label ?? humanizeKey(key),
      description: field.description,
      kind,
      required: kind !== 'boolean' && field.required !== false,
    };
  });
}

export type CredentialFieldError = 'required' | 'number';

/**
 * Read the values from the form's own inputs (they never pass through React state), check
 * them, and build the `credentials` object: numbers as numbers, booleans as booleans, empty
 * optional fields left out.
 */
export function readCredentials(
  fields: readonly CredentialFieldModel[],
  read: (key: string) => string | null,
): { values: Record<string, unknown>; errors: Map<string, CredentialFieldError> } {
  // Entries, not assignment: a field named `__proto__` must stay a field.
  const entries: Array<[string, unknown]> = [];
  const errors = new Map<string, CredentialFieldError>();
  for (const f of fields) {
    const raw = read(f.key);
    if (f.kind === 'boolean') {
      entries.push([f.key, raw !== null && raw !== '']);
      continue;
    }
    const text = f.kind === 'secret' ? (raw ?? '') : (raw ?? '').trim();
    if (!text.trim()) {
      if (f.required) errors.set(f.key, 'required');
      continue;
    }
    if (f.kind === 'number') {
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n)) errors.set(f.key, 'number');
      else entries.push([f.key, n]);
      continue;
    }
    entries.push([f.key, text]);
  }
  return { values: Object.fromEntries(entries), errors };
}
