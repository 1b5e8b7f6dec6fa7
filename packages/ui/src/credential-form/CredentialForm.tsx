'use client';
import type { CredentialRequest } from '@vernkit/core';
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { cx } from '../internal/cx.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useAsyncAction } from '../internal/useAsyncAction.ts';
import { useLabels } from '../labels/useLabels.ts';
import { ActionError } from '../primitives/ActionError.tsx';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { Field } from '../primitives/Field.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { CredentialGuidance } from './CredentialGuidance.tsx';
import {
  type CredentialFieldError,
  type CredentialFieldModel,
  credentialFields,
  readCredentials,
} from './credentialFields.ts';
import { credentialFormLabels } from './labels.ts';
import { SecretInput } from './SecretInput.tsx';

export interface CredentialFormProps {
  /** The run's `credential_request` (blocked with `blocked_reason: "credentials"`). */
  request: CredentialRequest;
  /**
   * Send the values to the credentials endpoint (never to messages). Receives a fresh object
   * each time; the form keeps no copy. On success the inputs are cleared.
   */
  onSubmit: (credentials: Record<string, unknown>, options: { connectionId?: string }) => unknown;
  heading?: ReactNode | false;
  headingLevel?: 2 | 3 | 4;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'credential-form-field': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * A form generated from `credential_request.schema`, with the source's guidance. Values live
 * only in the inputs (uncontrolled): never in React state, never logged, cleared after a
 * successful submit and kept after a failed one.
 */
export const CredentialForm = withSlotClasses(function CredentialForm({
  request,
  onSubmit,
  heading,
  headingLevel = 2,
  className,
}: CredentialFormProps) {
  const sc = useSlotClass();
  const t = useLabels('credentialForm', credentialFormLabels);
  const fields = useMemo(() => credentialFields(request), [request]);
  const base = useId();
  const headingId = `${base}-heading`;
  const formRef = useRef<HTMLFormElement>(null);
  const controls = useRef(new Map<string, HTMLInputElement>());
  const [errors, setErrors] = useState<Map<string, CredentialFieldError>>(new Map());
  const action = useAsyncAction(onSubmit);
  const source = request.source_name || request.source_key;
  const { reset } = action;

  // A new request (the connector rejected the last values) starts a fresh attempt.
  useEffect(() => {
    void request;
    reset();
    setErrors(new Map());
  }, [request, reset]);

  const readValue = (key: string): string | null => {
    const el = controls.current.get(key);
    if (!el) return null;
    if (el.type === 'checkbox') return el.checked ? 'on' : null;
    return el.value;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.pending) return;
    const { values, errors: found } = readCredentials(fields, readValue);
    setErrors(found);
    if (found.size > 0) {
      const first = fields.find((f) => found.has(f.key));
      if (first) controls.current.get(first.key)?.focus();
      return;
    }
    const ok = await action.run(values, request.connection_id ? { connectionId: request.connection_id } : {});
    if (ok) formRef.current?.reset();
  };

  const Heading = `h${headingLevel}` as 'h2';
  const status = action.status === 'success' ? 'submitted' : action.status;

  return (
    <form
      ref={formRef}
      noValidate
      autoComplete="off"
      data-slot="credential-form"
      data-state={status}
      aria-labelledby={heading === false ? undefined : headingId}
      aria-label={heading === false ? t('headingFallback') : undefined}
      aria-busy={action.pending || undefined}
      className={cx('vk-credential-form', className)}
      onSubmit={submit}
    >
      {heading === false ? null : (
        <div className="vk-credential-form__header">
          <Heading
            id={headingId}
            className={sc('credential-form-heading', 'vk-credential-form__heading')}
            data-slot="credential-form-heading"
          >
            {heading ?? (source ? t('heading', { source }) : t('headingFallback'))}
          </Heading>
          <p className="vk-credential-form__intro">{t('intro', { source: source || t('sourceFallback') })}</p>
        </div>
      )}

      {request.reason ? (
        <blockquote
          className={sc('credential-form-reason', 'vk-credential-form__reason')}
          data-slot="credential-form-reason"
        >
          <Icon name="sparkle" />
          <Untrusted text={request.reason} />
        </blockquote>
      ) : null}

      {request.guidance ? <CredentialGuidance guidance={request.guidance} /> : null}

      <div
        className={sc('credential-form-fields', 'vk-credential-form__fields')}
        data-slot="credential-form-fields"
      >
        {fields.length === 0 ? <p className="vk-credential-form__empty">{t('empty')}</p> : null}
        {fields.map((field, i) => (
          <CredentialInput
            key={field.key}
            field={field}
            id={`${base}-f${i}`}
            error={errors.get(field.key) ?? null}
            disabled={action.pending}
            register={(el) => {
              if (el) controls.current.set(field.key, el);
              else controls.current.delete(field.key);
            }}
          />
        ))}
      </div>

      <p
        className={sc('credential-form-secure', 'vk-credential-form__secure')}
        data-slot="credential-form-secure"
      >
        <Icon name="check" />
        {t('secure')}
      </p>

      <ActionError action={action} title={t('submitFailed')} slot="credential-form-error" />
      {status === 'submitted' ? (
        <Alert tone="success" data-slot="credential-form-sent" className={sc('credential-form-sent')}>
          {t('sent')}
        </Alert>
      ) : null}

      <div className="vk-credential-form__footer">
        <Button
          type="submit"
          variant="primary"
          pending={action.pending}
          data-slot="credential-form-submit"
          className={sc('credential-form-submit')}
        >
          {action.pending ? t('sending') : t('submit')}
        </Button>
      </div>
    </form>
  );
});

function CredentialInput({
  field,
  id,
  error,
  disabled,
  register,
}: {
  field: CredentialFieldModel;
  id: string;
  error: CredentialFieldError | null;
  disabled: boolean;
  register: (el: HTMLInputElement | null) => void;
}) {
  const sc = useSlotClass();
  const t = useLabels('credentialForm', credentialFormLabels);
  const errorText =
    error === 'number' ? t('errorNumber') : error ? t('errorRequired', { field: field.label }) : null;
  const description = field.description ? <Untrusted text={field.description} /> : null;

  if (field.kind === 'boolean') {
    return (
      <div
        className={sc('credential-form-field', 'vk-checkbox-field')}
        data-slot="credential-form-field"
        data-kind="boolean"
      >
        {/* A native checkbox, drawn by the kit: the icon is stacked over it and shown when checked. */}
        <span className="vk-checkbox">
          <input
            type="checkbox"
            id={id}
            ref={register}
            disabled={disabled}
            aria-describedby={description ? `${id}-d` : undefined}
          />
          <Icon name="check" />
        </span>
        <div className="vk-checkbox-field__text">
          <label htmlFor={id} className="vk-field__label">
            <Untrusted text={field.label} max={200} />
          </label>
          {description ? (
            <div id={`${id}-d`} className="vk-field__description">
              {description}
            </div>
          ) : null}
        </div>
      </div>
    );
  }

  const common = {
    ref: register,
    className: 'vk-input',
    disabled,
    spellCheck: false,
    autoCapitalize: 'off',
    autoCorrect: 'off',
  };
  return (
    <Field.Root
      invalid={Boolean(error)}
      required={field.required}
      hasDescription={Boolean(description)}
      controlId={id}
      data-slot="credential-form-field"
      className={sc('credential-form-field')}
      data-kind={field.kind}
    >
      <Field.Label>
        <Untrusted text={field.label} max={200} />
      </Field.Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <div className="vk-input-frame">
        <Field.Control>
          {field.kind === 'secret' ? (
            <SecretInput {...common} fieldLabel={field.label} />
          ) : (
            <input
              {...common}
              type="text"
              inputMode={field.kind === 'number' ? 'decimal' : undefined}
              autoComplete="off"
              data-slot="credential-form-input"
              className={sc('credential-form-input', common.className)}
            />
          )}
        </Field.Control>
      </div>
      <Field.Error>{errorText}</Field.Error>
    </Field.Root>
  );
}
