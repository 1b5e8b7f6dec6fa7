import type { SampleFileName } from '@vernkit/mock';
import { useEffect, useMemo } from 'react';
import { SAMPLE_DESCRIPTIONS, SAMPLE_NAMES, sampleAsFile } from './sampleFiles.ts';

interface SampleFilesProps {
  /** Offer "Use this file" buttons that hand the sample straight to the flow. */
  onUse?: (file: File) => void;
  disabled?: boolean;
  only?: readonly SampleFileName[];
}

/** Sample exports one click away: download one to drop in, or use it directly. */
export function SampleFiles({ onUse, disabled, only }: SampleFilesProps) {
  const names = only ?? SAMPLE_NAMES;
  const links = useMemo(
    () => names.map((name) => ({ name, url: URL.createObjectURL(sampleAsFile(name)) })),
    [names],
  );
  useEffect(
    () => () => {
      for (const link of links) URL.revokeObjectURL(link.url);
    },
    [links],
  );

  return (
    <section className="samples" aria-labelledby="samples-title">
      <h2 id="samples-title" className="samples__title">
        No export at hand? Try a sample
      </h2>
      <ul className="samples__list">
        {links.map(({ name, url }) => (
          <li key={name} className="samples__item">
            <div>
              <span className="samples__name">{name}</span>
              <span className="samples__description">{SAMPLE_DESCRIPTIONS[name]}</span>
            </div>
            <div className="samples__actions">
              {onUse && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={disabled}
                  onClick={() => onUse(sampleAsFile(name))}
                  aria-label={`Use ${name}`}
                >
                  Use this file
                </button>
              )}
              <a
                className="button button--small button--ghost"
                href={url}
                download={name}
                aria-label={`Download ${name}`}
              >
                Download
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
