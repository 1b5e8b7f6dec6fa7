import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from '../internal/cx.ts';
import { Icon } from './Icon.tsx';

export interface AlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  tone?: 'danger' | 'warning' | 'info' | 'success';
  title?: ReactNode;
  /** Interrupt the screen reader (`role="alert"`): for errors the user just caused. */
  assertive?: boolean;
}

/** An inline message block: errors after a failed submit, warnings before a destructive step. */
export function Alert({ tone = 'info', title, assertive, className, children, ...props }: AlertProps) {
  return (
    <div
      data-slot="alert"
      role={assertive ? 'alert' : 'status'}
      {...props}
      data-tone={tone}
      className={cx('vk-alert', className)}
    >
      <Icon
        name={tone === 'info' ? 'info' : tone === 'success' ? 'check' : 'alert'}
        className="vk-alert__icon"
      />
      <div className="vk-alert__body">
        {title ? <div className="vk-alert__title">{title}</div> : null}
        {children ? <div className="vk-alert__text">{children}</div> : null}
      </div>
    </div>
  );
}
