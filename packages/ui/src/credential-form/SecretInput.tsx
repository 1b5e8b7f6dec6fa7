'use client';
import { useComposedRefs } from 'radix-ui/internal';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { cx } from '../internal/cx.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Icon } from '../primitives/Icon.tsx';
import { credentialFormLabels } from './labels.ts';

export interface SecretInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'autoComplete'> {
  /** The field's name, for the show/hide button's label ("Show Client secret"). */
  fieldLabel: string;
}

/**
 * A native password input with a show/hide button. Uncontrolled: the value lives only in the
 * input, and showing it only flips the input's `type`, so it is never copied anywhere.
 */
export const SecretInput = forwardRef<HTMLInputElement, SecretInputProps>(function SecretInput(
  { fieldLabel, id, className, ...props },
  forwardedRef,
) {
  const sc = useSlotClass();
  const t = useLabels('credentialForm', credentialFormLabels);
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ref = useComposedRefs(forwardedRef, input);

  // Back to dots whenever the form is sent or cleared: a secret never stays readable on
  // screen after it has left the form.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener('submit', hide);
    form.addEventListener('reset', hide);
    return () => {
      form.removeEventListener('submit', hide);
      form.removeEventListener('reset', hide);
    };
  }, []);

  const toggle = (event: MouseEvent<HTMLButtonElement>) => {
    setVisible((v) => !v);
    // A pointer click means the user is typing: give the input back its focus. A keyboard
    // press (detail 0) keeps focus on the button, so pressing again toggles back.
    if (event.detail > 0) input.current?.focus();
  };

  return (
    <>
      <input
        ref={ref}
        id={id}
        // `new-password`: browsers and password managers neither fill nor offer to save an API key.
        autoComplete="new-password"
        data-1p-ignore=""
        data-lpignore="true"
        data-slot="credential-form-secret"
        className={cx(className, sc('credential-form-secret'))}
        {...props}
        type={visible ? 'text' : 'password'}
      />
      <button
        type="button"
        id={id ? `${id}-toggle` : undefined}
        aria-controls={id}
        // The name says what pressing does; no aria-pressed too, or a screen reader would say
        // "Hide Api key, pressed", two states for one button.
        aria-label={visible ? t('hide', { field: fieldLabel }) : t('show', { field: fieldLabel })}
        data-slot="credential-form-toggle"
        data-state={visible ? 'visible' : 'hidden'}
        className={sc('credential-form-toggle', 'vk-secret-toggle')}
        // Clicking must not take focus from the input: the caret and selection stay where they were.
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        <Icon name={visible ? 'eyeOff' : 'eye'} />
      </button>
    </>
  );
});
