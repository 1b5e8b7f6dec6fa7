import { useSlotClass } from '../internal/slotClasses.tsx';
import { VisuallyHidden } from './VisuallyHidden.tsx';

/**
 * A polite, always-mounted announcer: screen readers only notice text that changes inside a
 * live region that already existed, so render this once and change `message`.
 */
export function LiveRegion({ message, assertive = false }: { message: string; assertive?: boolean }) {
  const sc = useSlotClass();
  return (
    <VisuallyHidden
      data-slot="live-region"
      className={sc('live-region')}
      role={assertive ? 'alert' : 'status'}
      aria-live={assertive ? 'assertive' : 'polite'}
      aria-atomic="true"
    >
      {message}
    </VisuallyHidden>
  );
}
