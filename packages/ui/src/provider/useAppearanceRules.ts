'use client';
import { useEffect, useInsertionEffect } from 'react';
import { type CompiledAppearance, rulesToCss } from '../theme/appearance.ts';

/**
 * Puts the host's `appearance.rules` in a `<style>` of their own, scoped to this kit root and
 * outside `@layer vernkit`, so they beat the kit's defaults. Written as text (never parsed as
 * HTML), updated in place when the appearance changes, removed on unmount.
 */
export function useAppearanceRules(compiled: CompiledAppearance, scopeId: string): void {
  const css = rulesToCss(compiled.rules, scopeId);
  useInsertionEffect(() => {
    if (!css) return;
    const style = document.createElement('style');
    style.setAttribute('data-vk-appearance', scopeId);
    style.textContent = css;
    document.head.appendChild(style);
    return () => style.remove();
  }, [css, scopeId]);

  const warnings = compiled.warnings.join('\n');
  useEffect(() => {
    if (warnings && isDev()) console.warn(`[vernkit] ${warnings}`);
  }, [warnings]);
}

function isDev(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}
