import type { Appearance } from '@vernkit/ui';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { readThemeSettings, type ThemeSettings } from './brands.ts';

const STORAGE_KEY = 'acme-demo:theme';

interface ThemeContextValue {
  settings: ThemeSettings;
  /** `light` or `dark`: the preference, with `system` resolved. */
  resolvedScheme: 'light' | 'dark';
  update(patch: Partial<ThemeSettings>): void;
  /**
   * The kit's appearance. Colours, radius and fonts come from the brand's `--vk-*` CSS
   * variables (`brands.css`); density goes through the JS `appearance` object, to show both.
   */
  appearance: Appearance;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);

function systemScheme(): 'light' | 'dark' {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The host's brand and colour scheme, on `<html data-brand data-theme>` where all CSS reads them. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState(() => readThemeSettings(window.localStorage.getItem(STORAGE_KEY)));
  const [system, setSystem] = useState(systemScheme);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(systemScheme());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const resolvedScheme = settings.scheme === 'system' ? system : settings.scheme;
  // Before paint: no flash of the default brand or scheme.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.brand = settings.brand;
    root.dataset.theme = resolvedScheme;
    root.dataset.density = settings.density;
  }, [settings.brand, settings.density, resolvedScheme]);

  const update = useCallback((patch: Partial<ThemeSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  const appearance = useMemo<Appearance>(
    () => ({ theme: resolvedScheme, variables: { density: settings.density === 'compact' ? '0.85' : '1' } }),
    [resolvedScheme, settings.density],
  );

  const value = useMemo(
    () => ({ settings, resolvedScheme, update, appearance }),
    [settings, resolvedScheme, update, appearance],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useTheme must be used inside <ThemeProvider>');
  return value;
}
