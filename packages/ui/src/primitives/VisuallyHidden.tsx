import { VisuallyHidden as VisuallyHiddenPrimitive } from 'radix-ui';

/** Content for screen readers only (Radix). */
export const VisuallyHidden = VisuallyHiddenPrimitive.Root;
