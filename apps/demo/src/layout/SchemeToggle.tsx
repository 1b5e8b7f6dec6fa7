import { useTheme } from '../theme/ThemeProvider.tsx';

export function SchemeToggle() {
  const { resolvedScheme, update } = useTheme();
  const next = resolvedScheme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => update({ scheme: next })}
      aria-label={`Switch to ${next} mode`}
    >
      <span aria-hidden="true">{resolvedScheme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
