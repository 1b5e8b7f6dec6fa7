'use client';
import { Slot } from 'radix-ui';
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import { cx } from '../internal/cx.ts';
import { Spinner } from './Spinner.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /**
   * An action is in flight: shows a spinner, ignores clicks, and stays focusable (a
   * `disabled` button would drop keyboard focus to the page body mid-action).
   */
  pending?: boolean;
  /** Render the child element (e.g. an `<a>`) with the button's look and behaviour. */
  asChild?: boolean;
}

/**
 * The kit's button. `data-variant`, `data-size` and `data-pending` are part of the
 * styling contract.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    pending = false,
    asChild = false,
    className,
    onClick,
    children,
    ...props
  },
  ref,
) {
  const Comp = asChild ? Slot.Root : 'button';
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending || props['aria-disabled'] === true || props['aria-disabled'] === 'true') {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <Comp
      ref={ref}
      data-slot="button"
      {...(asChild ? {} : { type: 'button' as const })}
      {...props}
      data-variant={variant}
      data-size={size}
      data-pending={pending ? '' : undefined}
      aria-busy={pending || undefined}
      aria-disabled={pending || props['aria-disabled'] || undefined}
      className={cx('vk-button', className)}
      onClick={handleClick}
    >
      {asChild ? (
        children
      ) : (
        <>
          {pending ? <Spinner className="vk-button__spinner" /> : null}
          {children}
        </>
      )}
    </Comp>
  );
});
