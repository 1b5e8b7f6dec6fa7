'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/cx.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Field } from './Field.tsx';

type InputProps = ComponentPropsWithoutRef<'input'>;
type TextareaProps = ComponentPropsWithoutRef<'textarea'>;

interface TextFieldBaseProps {
  label: ReactNode;
  description?: ReactNode;
  /** The message shown under the control; also marks it `aria-invalid`. */
  error?: ReactNode;
  /** Class for the field wrapper; `className` goes on the control. */
  fieldClassName?: string;
  /** Extra content after the control inside its frame (e.g. a show/hide button). */
  endSlot?: ReactNode;
}

export type TextFieldProps =
  | (TextFieldBaseProps & { multiline?: false } & InputProps)
  | (TextFieldBaseProps & { multiline: true } & TextareaProps);

/** A labelled text input or textarea with its description and error wired up. */
export const TextField = forwardRef<HTMLInputElement | HTMLTextAreaElement, TextFieldProps>(
  function TextField(
    { label, description, error, fieldClassName, endSlot, className, required, id, ...props },
    ref,
  ) {
    const sc = useSlotClass();
    const invalid = Boolean(error);
    return (
      <Field.Root
        invalid={invalid}
        required={required}
        hasDescription={Boolean(description)}
        controlId={id}
        className={fieldClassName}
      >
        <Field.Label>{label}</Field.Label>
        {description ? <Field.Description>{description}</Field.Description> : null}
        <div className={sc('input-frame', 'vk-input-frame')} data-slot="input-frame">
          <Field.Control>
            {props.multiline ? (
              <textarea
                ref={ref as React.Ref<HTMLTextAreaElement>}
                data-slot="textarea"
                required={required}
                {...stripMultiline(props as TextareaProps & { multiline?: boolean })}
                className={cx('vk-input', 'vk-textarea', className)}
              />
            ) : (
              <input
                ref={ref as React.Ref<HTMLInputElement>}
                data-slot="input"
                required={required}
                {...stripMultiline(props as InputProps & { multiline?: boolean })}
                className={cx('vk-input', className)}
              />
            )}
          </Field.Control>
          {endSlot}
        </div>
        <Field.Error>{error}</Field.Error>
      </Field.Root>
    );
  },
);

function stripMultiline<T extends { multiline?: boolean }>({
  multiline: _,
  ...rest
}: T): Omit<T, 'multiline'> {
  return rest;
}
