'use client';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { revealBidi, safeHref } from '../internal/Untrusted.tsx';

const Heading = ({ children }: { children?: ReactNode }) => (
  // Agent headings must not enter the host page's outline.
  <p data-slot="agent-activity-heading">
    <strong>{children}</strong>
  </p>
);

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer" data-slot="agent-activity-link">
        {children}
      </a>
    ) : (
      <span data-slot="agent-activity-link" data-disabled="">
        {children}
      </span>
    ),
  // No remote images: they would load from anywhere the agent text points (tracking pixels).
  img: ({ alt }) => (alt ? <span data-slot="agent-activity-image-alt">{alt}</span> : null),
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
