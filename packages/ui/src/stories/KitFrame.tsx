import '../styles.css';
import { createContext, type ReactNode, useContext } from 'react';
import type { LabelOverrides } from '../labels/dictionary.ts';
import { KitProvider } from '../provider/KitProvider.tsx';
import type { Appearance } from '../theme/appearance.ts';

export interface KitFrameProps {
  theme?: 'light' | 'dark';
  locale?: string;
  appearance?: Appearance;
  labels?: LabelOverrides;
  unstyled?: boolean;
  /** Max width of the frame; components are laid out as in a host's onboarding page. */
  width?: number | string;
  children?: ReactNode;
}

/**
 * What the Storybook toolbar picked (theme, brand appearance, locale, density), provided by
 * the global decorator in `.storybook/kit/`. A frame starts from it; its own props win, so a
 * story pinned to dark or German stays so whatever the toolbar says.
 */
export const KitFrameDefaults = createContext<Omit<KitFrameProps, 'children' | 'width'>>({});

/**
 * Renders a story inside the kit provider on the kit's own background, in light or dark.
 * Storybook toolbars (theme, brand, locale, density) feed it through `KitFrameDefaults`.
 */
export function KitFrame({
  theme,
  locale,
  appearance,
  labels,
  unstyled,
  width = 720,
  children,
}: KitFrameProps) {
  const defaults = useContext(KitFrameDefaults);
  const base = defaults.appearance;
  const merged: Appearance = {
    ...base,
    ...appearance,
    variables: { ...base?.variables, ...appearance?.variables },
    rules: { ...base?.rules, ...appearance?.rules },
    theme: appearance?.theme ?? theme ?? defaults.theme ?? base?.theme ?? 'light',
  };
  const bare = unstyled ?? defaults.unstyled;
  return (
    <KitProvider
      appearance={merged}
      locale={locale ?? defaults.locale}
      labels={labels ?? defaults.labels}
      unstyled={bare}
      style={{
        maxWidth: width,
        padding: 24,
        borderRadius: 12,
        background: bare ? undefined : 'var(--vk-color-bg)',
      }}
    >
      {children}
    </KitProvider>
  );
}

/** A Storybook decorator: `decorators: [withKit()]` or `withKit({ theme: 'dark' })`. */
export function withKit(options: Omit<KitFrameProps, 'children'> = {}) {
  return function decorate(Story: () => ReactNode, context?: { globals?: Record<string, unknown> }) {
    const g = context?.globals ?? {};
    const theme = options.theme ?? (g.theme === 'dark' || g.theme === 'light' ? g.theme : undefined);
    const locale = options.locale ?? (typeof g.locale === 'string' ? g.locale : undefined);
    return (
      <KitFrame {...options} theme={theme} locale={locale}>
        <Story />
      </KitFrame>
    );
  };
}
