'use client';
import { Dialog as DialogPrimitive } from 'radix-ui';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../internal/cx.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { useKitRootProps } from '../provider/useKitRootProps.ts';
import { Icon } from './Icon.tsx';

/**
 * Radix Dialog, styled. The content is portalled under `body`; its wrapper carries the kit
 * root's theme and scope, so tokens, dark mode and appearance rules still apply there.
 */
const DialogContent = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<typeof DialogPrimitive.Content> & { hideClose?: boolean }
>(function DialogContent({ className, children, hideClose = false, ...props }, ref) {
  const sc = useSlotClass();
  const root = useKitRootProps('vk-portal');
  const t = useLabels('common', commonLabels);
  return (
    <DialogPrimitive.Portal>
      <div {...root}>
        <DialogPrimitive.Overlay
          data-slot="dialog-overlay"
          className={sc('dialog-overlay', 'vk-dialog__overlay')}
        />
        <DialogPrimitive.Content
          ref={ref}
          data-slot="dialog-content"
          {...props}
          className={cx('vk-dialog__content', className)}
        >
          {children}
          {hideClose ? null : (
            <DialogPrimitive.Close
              className={sc('dialog-close', 'vk-dialog__close')}
              data-slot="dialog-close"
              aria-label={t('close')}
            >
              <Icon name="x" />
            </DialogPrimitive.Close>
          )}
        </DialogPrimitive.Content>
      </div>
    </DialogPrimitive.Portal>
  );
});

function DialogTitle({ className, ...props }: ComponentPropsWithoutRef<typeof DialogPrimitive.Title>) {
  return (
    <DialogPrimitive.Title
      data-slot="dialog-title"
      {...props}
      className={cx('vk-dialog__title', className)}
    />
  );
}

function DialogDescription({
  className,
  ...props
}: ComponentPropsWithoutRef<typeof DialogPrimitive.Description>) {
  return (
    <DialogPrimitive.Description
      data-slot="dialog-description"
      {...props}
      className={cx('vk-dialog__description', className)}
    />
  );
}

export const Dialog = {
  Root: DialogPrimitive.Root,
  Trigger: DialogPrimitive.Trigger,
  Close: DialogPrimitive.Close,
  Content: DialogContent,
  Title: DialogTitle,
  Description: DialogDescription,
};
export { DialogContent, DialogDescription, DialogTitle };
