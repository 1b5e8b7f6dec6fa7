import type { ThreadInclude } from '@vernkit/core';

const LEVELS: readonly ThreadInclude[] = ['user', 'tools', 'all'];

export function isThreadInclude(value: unknown): value is ThreadInclude {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/**
 * The thread verbosity the browser gets: what it asked for when the host allows it, else the
 * most verbose allowed level below it. Always explicit, so a change of Vern's default never
 * widens what end customers see. `user` is always allowed.
 */
export function clampInclude(requested: string | null, allowed: readonly ThreadInclude[]): ThreadInclude {
  const wanted = isThreadInclude(requested) ? LEVELS.indexOf(requested) : 0;
  for (let level = wanted; level > 0; level--) {
    const candidate = LEVELS[level] as ThreadInclude;
    if (allowed.includes(candidate)) return candidate;
  }
  return 'user';
}
