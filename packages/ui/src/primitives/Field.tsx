'use client';
import { Slot } from 'radix-ui';
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type ReactNode,
  useContext,
  useId,
  useMemo,
} from 'react';
import { cx } from '../internal/cx.ts';
import { Icon } from './Icon.tsx';

interface FieldContextValue {
  controlId: string;
  labelId: string;
  descriptionId: string;
  errorId: string;
  invalid: boolean;
  required: boolean;
  /** A group control (radio group, toggle group): labelled by id, not by `<label for>`. */
  group: boolean;
  hasDescription: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

function useFieldContext(part: string): FieldContextValue {
  const ctx = useContext(FieldContext);
  if (!ctx) throw new Error(`<${part}> must be used within <Field.Root>`);
  return ctx;
}

export interface FieldRootProps extends ComponentPropsWithoutRef<'div'> {
  invalid?: boolean;
  required?: boolean;
  group?: boolean;
  /** Whether a `Field.Description` is rendered, so the control can point at it. */
  hasDescription?: boolean;
  /** Use a known id for the control (e.g. to move focus to it). */
  controlId?: string;
}

function FieldRoot({
  invalid = false,
  required = false,
  group = false,
  hasDescription = false,
  controlId: controlIdProp,
  className,
  ...props
}: FieldRootProps) {
  const base = useId();
  const value = useMemo<FieldContextValue>(
    () => ({
      controlId: controlIdProp ?? `${base}-control`,
      labelId: `${base}-label`,
      descriptionId: `${base}-description`,
      errorId: `${base}-error`,
      invalid,
      required,
      group,
      hasDescription,
    }),
    [base, controlIdProp, invalid, required, group, hasDescription],
  );
  return (
    <FieldContext.Provider value={value}>
      <div
        data-slot="field"
        {...props}
        data-invalid={invalid ? '' : undefined}
        className={cx('vk-field', className)}
      />
    </FieldContext.Provider>
  );
}

function FieldLabel({ className, children, ...props }: ComponentPropsWithoutRef<'label'>) {
  const f = useFieldContext('Field.Label');
  const content = (
    <>
      {children}
      {f.required ? (
        <span aria-hidden="true" className="vk-field__required">
          {' *'}
        </span>
      ) : null}
    </>
  );
  if (f.group) {
    return (
      <div id={f.labelId} data-slot="field-label" className={cx('vk-field__label', className)}>
        {content}
      </div>
    );
  }
  return (
    <label
      id={f.labelId}
      htmlFor={f.controlId}
      data-slot="field-label"
      {...props}
      className={cx('vk-field__label', className)}
    >
      {content}
    </label>
  );
}

function FieldDescription({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  const f = useFieldContext('Field.Description');
  return (
    <div
      id={f.descriptionId}
      data-slot="field-description"
      {...props}
      className={cx('vk-field__description', className)}
    />
  );
}

/** The error text; render it only while there is an error, so the control's description stays accurate. */
function FieldError({ className, children, ...props }: ComponentPropsWithoutRef<'div'>) {
  const f = useFieldContext('Field.Error');
  if (!f.invalid || !children) return null;
  return (
    <div id={f.errorId} data-slot="field-error" {...props} className={cx('vk-field__error', className)}>
      <Icon name="alert" />
      <span>{children}</span>
    </div>
  );
}

/** The ARIA wiring a control needs inside a field: id, name, description, error, required. */
export function useFieldControlProps() {
  const f = useFieldContext('Field.Control');
  const describedBy = [f.hasDescription ? f.descriptionId : null, f.invalid ? f.errorId : null]
    .filter(Boolean)
    .join(' ');
  return {
    id: f.controlId,
    'aria-labelledby': f.group ? f.labelId : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': f.invalid || undefined,
    'aria-required': f.required || undefined,
  };
}

/** Wires its single child (an input, a Radix radio group, …) to the field's label, description and error. */
const FieldControl = forwardRef<HTMLElement, { children: ReactNode }>(function FieldControl(props, ref) {
  const aria = useFieldControlProps();
  return <Slot.Root ref={ref} {...aria} {...props} />;
});

export const Field = {
  Root: FieldRoot,
  Label: FieldLabel,
  Description: FieldDescription,
  Error: FieldError,
  Control: FieldControl,
};
export { FieldControl, FieldDescription, FieldError, FieldLabel, FieldRoot };
