'use client';
import { type CSSProperties, type ReactNode, useId, useMemo } from 'react';
import type { LabelOverrides } from '../labels/dictionary.ts';
import { LabelsProvider } from '../labels/LabelsProvider.tsx';
import { type Appearance, compileAppearance } from '../theme/appearance.ts';
import { presetVariables } from '../theme/presetVariables.ts';
import { KitContext, type KitContextValue } from './KitContext.ts';
import { useAppearanceRules } from './useAppearanceRules.ts';
import { useKitRootProps } from './useKitRootProps.ts';

export interface KitProviderProps {
  /** Theme, `--vk-*` variables and per-part rules; applied live when it changes. */
  appearance?: Appearance;
  /** BCP 47 locale for strings, numbers and dates (default `en`; `de*` uses the German strings). */
  locale?: string;
  /** Overrides for any label, by namespace: `{ questionForm: { submit: 'Send' } }`. */
  labels?: LabelOverrides;
  /** No kit CSS at all: only `data-slot` / `data-state` attributes for the host to style. */
  unstyled?: boolean;
  /** Class for the kit root element (`data-slot="vern-root"`). */
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * The kit's theme, labels and locale, without a Vern client: what the presentational
 * components need. `VernProvider` is this plus `@vernkit/react`'s client provider.
 */
export function KitProvider({
  appearance,
  locale,
  labels,
  unstyled = false,
  className,
  style,
  children,
}: KitProviderProps) {
  const scopeId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const compiled = useMemo(() => compileAppearance(appearance, presetVariables), [appearance]);
  useAppearanceRules(compiled, scopeId);
  const value = useMemo<KitContextValue>(
    () => ({
      inProvider: true,
      unstyled,
      colorScheme: compiled.colorScheme,
      scopeId,
      style: unstyled ? {} : (compiled.style as CSSProperties),
    }),
    [unstyled, compiled, scopeId],
  );
  return (
    <KitContext.Provider value={value}>
      <LabelsProvider locale={locale} labels={labels}>
        <KitRoot className={className} style={style}>
          {children}
        </KitRoot>
      </LabelsProvider>
    </KitContext.Provider>
  );
}

function KitRoot({
  className,
  style,
  children,
}: {
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const root = useKitRootProps(className);
  return (
    <div {...root} style={{ ...root.style, ...style }} data-slot="vern-root">
      {children}
    </div>
  );
}
