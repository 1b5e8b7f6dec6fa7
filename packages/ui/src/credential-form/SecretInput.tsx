'use client';
import { unstable_PasswordToggleField as PasswordToggleField } from 'radix-ui';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Icon } from '../primitives/Icon.tsx';
import { credentialFormLabels } from './labels.ts';

export interface SecretInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'autoComplete'> {
  /** The field's name, for the show/hide button's label ("Show Client secret"). */
  fieldLabel: string;
}

/**
 * A password input with a show/hide toggle (Radix PasswordToggleField: keeps the caret where
 * it was and hides the value again on submit). Uncontrolled: the value lives only in the DOM.
 */
export const SecretInput = forwardRef<HTMLInputElement, SecretInputProps>(function SecretInput(
  { fieldLabel, id, ...props },
  ref,
) {
  const sc = useSlotClass();
  const t = useLabels('credentialForm', credentialFormLabels);
  const [visible, setVisible] = useState(false);
  return (
    <PasswordToggleField.Root visible={visible} onVisibilityChange={setVisible}>
      <PasswordToggleField.Input
        ref={ref}
        id={id}
        autoComplete="new-password"
        data-1p-ignore=""
        data-lpignore="true"
        data-slot="credential-form-secret"
        className={sc('credential-form-secret')}
        {...props}
      />
      <PasswordToggleField.Toggle
        id={id ? `${id}-toggle` : undefined}
        className={sc('credential-form-toggle', 'vk-secret-toggle')}
        data-slot="credential-form-toggle"
        data-state={visible ? 'visible' : 'hidden'}
        aria-label={visible ? t('hide', { field: fieldLabel }) : t('show', { field: fieldLabel })}
        aria-pressed={visible}
      >
        <Icon name={visible ? 'eyeOff' : 'eye'} />
      </PasswordToggleField.Toggle>
    </PasswordToggleField.Root>
  );
});
