import { BRANDS } from '../theme/brands.ts';
import { useTheme } from '../theme/ThemeProvider.tsx';

export function BrandMark() {
  const { settings } = useTheme();
  return (
    <span className="brand-mark">
      <svg className="brand-mark__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="var(--acme-logo-radius)" />
        <path d="M9 23 16 8l7 15h-4l-3-7-3 7z" />
      </svg>
      <span className="brand-mark__name">{BRANDS[settings.brand].name}</span>
    </span>
  );
}
