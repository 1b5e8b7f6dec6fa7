'use client';
import type { CredentialGuidance as Guidance } from '@vernkit/core';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { safeHref, Untrusted } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Icon } from '../primitives/Icon.tsx';
import { VisuallyHidden } from '../primitives/VisuallyHidden.tsx';
import { credentialFormLabels } from './labels.ts';

/**
 * The source's instructions: a summary, numbered steps and help links. Only http(s) links
 * are followed; any other URL is shown as text.
 */
export function CredentialGuidance({ guidance }: { guidance: Guidance }) {
  const sc = useSlotClass();
  const t = useLabels('credentialForm', credentialFormLabels);
  const steps = guidance.steps ?? [];
  const links = guidance.links ?? [];
  if (!guidance.summary && !steps.length && !links.length) return null;
  return (
    <section
      className={sc('credential-form-guidance', 'vk-guidance')}
      data-slot="credential-form-guidance"
      aria-label={t('guidance')}
    >
      <h3 className="vk-guidance__heading">{t('guidance')}</h3>
      {guidance.summary ? (
        <p className="vk-guidance__summary">
          <Untrusted text={guidance.summary} />
        </p>
      ) : null}
      {steps.length ? (
        <ol className="vk-guidance__steps" aria-label={t('stepsLabel')}>
          {steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
            <li key={i}>
              <Untrusted text={step} />
            </li>
          ))}
        </ol>
      ) : null}
      {links.length ? (
        <ul className="vk-guidance__links" aria-label={t('linksLabel')}>
          {links.map((link, i) => {
            const href = link.url.startsWith('mailto:') ? null : safeHref(link.url);
            const text = link.label || link.url;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: links are positional
              <li key={i}>
                {href ? (
                  <a
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-slot="credential-form-link"
                    className={sc('credential-form-link')}
                  >
                    <Untrusted text={text} max={200} />
                    <Icon name="external" />
                    <VisuallyHidden> {t('opensInNewTab')}</VisuallyHidden>
                  </a>
                ) : (
                  <span data-slot="credential-form-link-text" className={sc('credential-form-link-text')}>
                    <Untrusted text={text} max={200} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
