'use client';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi, safeHref } from '../internal/Untrusted.tsx';

function Heading({ children }: { children?: ReactNode }) {
  const sc = useSlotClass();
  // Agent headings must not enter the host page's outline.
  return (
    <p data-slot="agent-activity-heading" className={sc('agent-activity-heading')}>
      <strong>{children}</strong>
    </p>
  );
}

function Link({ href, children }: { href?: string; children?: ReactNode }) {
  const sc = useSlotClass();
  return href ? (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      data-slot="agent-activity-link"
      className={sc('agent-activity-link')}
    >
      {children}
    </a>
  ) : (
    <span data-slot="agent-activity-link" data-disabled="" className={sc('agent-activity-link')}>
      {children}
    </span>
  );
}

/** No remote images: they would load from anywhere the agent text points (tracking pixels). */
function ImageAlt({ alt }: { alt?: string }) {
  const sc = useSlotClass();
  return alt ? (
    <span data-slot="agent-activity-image-alt" className={sc('agent-activity-image-alt')}>
      {alt}
    </span>
  ) : null;
}

const components: Components = {
  a: ({ href, children }) => <Link href={href}>{children}</Link>,
  img: ({ alt }) => <ImageAlt alt={alt} />,
  h1: Heading,
  h2: Heading,
  h3: Heading,
  h4: Heading,
  h5: Heading,
  h6: Heading,
};

/**
 * Agent markdown, rendered by react-markdown without raw HTML (HTML in the text shows as
 * text), with links limited to http/https/mailto and opened in a new tab. Loaded lazily.
 */
export default function AgentMarkdown({ text }: { text: string }) {
  return (
    <Markdown
      components={components}
      urlTransform={(url, key) => (key === 'href' ? (safeHref(url) ?? '') : '')}
    >
      {revealBidi(text)}
    </Markdown>
  );
}
