'use client';
import type { CSSProperties } from 'react';
import { cx } from '../internal/cx.ts';
import { useKitContext } from './KitContext.ts';

export interface KitRootProps {
  className: string | undefined;
  style: CSSProperties | undefined;
  'data-vk-theme'?: string;
  'data-vk-scope'?: string;
  'data-vk-unstyled'?: '';
}

/**
 * The attributes that make an element a kit root: the provider's own element, and the
 * wrapper of every portal (dialogs render under `body`, outside the provider's element).
 */
export function useKitRootProps(className?: string): KitRootProps {
  const kit = useKitContext();
  if (kit.unstyled) {
    return { className, style: undefined, 'data-vk-scope': kit.scopeId || undefined, 'data-vk-unstyled': '' };
  }
  return {
    className: cx('vk-root', className),
    style: kit.style,
    'data-vk-theme': kit.colorScheme,
    'data-vk-scope': kit.scopeId || undefined,
  };
}
