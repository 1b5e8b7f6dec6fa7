import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../internal/cx.ts';

export type BadgeTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends ComponentPropsWithoutRef<'span'> {
  tone?: BadgeTone;
}

/** A short status or count; `data-tone` is part of the styling contract. */
export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return <span data-slot="badge" {...props} data-tone={tone} className={cx('vk-badge', className)} />;
}
