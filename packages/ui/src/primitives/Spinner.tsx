'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../internal/cx.ts';

export interface SpinnerProps extends ComponentPropsWithoutRef<'span'> {
  /** Announced to screen readers; omit when the surrounding control already says it is busy. */
  label?: string;
}

/** A small indeterminate spinner that inherits the text colour. */
export function Spinner({ label, className, ...props }: SpinnerProps) {
  return (
    <span
      data-slot="spinner"
      {...(label ? { role: 'status', 'aria-label': label } : { 'aria-hidden': true })}
      {...props}
      className={cx('vk-spinner', className)}
    />
  );
}
