import { useRuntime } from '../boot/RuntimeContext.ts';

/** Says where Vern is: simulated in this tab, or real behind the host's server. */
export function ModeBadge() {
  const { mode } = useRuntime();
  return (
    <span
      className="mode-badge"
      data-mode={mode}
      title={mode === 'mock' ? 'Vern is simulated in this browser tab' : 'Vern, through this app’s server'}
    >
      {mode === 'mock' ? 'Simulated Vern' : 'Live Vern'}
    </span>
  );
}
