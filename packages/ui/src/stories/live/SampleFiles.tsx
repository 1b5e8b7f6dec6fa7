import { useEffect, useState } from 'react';
import { Button } from '../../primitives/Button.tsx';
import { SAMPLE_DESCRIPTIONS, type SampleFileName, sampleFileNames, sampleUpload } from './sampleFiles.ts';

/**
 * Download links for the mock's sample files, shown above a live flow: a reader without a
 * CSV at hand saves one and drops it on the flow's drop zone.
 */
export function SampleFiles({ only = sampleFileNames }: { only?: readonly SampleFileName[] }) {
  const [urls, setUrls] = useState<Partial<Record<SampleFileName, string>>>({});
  useEffect(() => {
    const made = Object.fromEntries(only.map((name) => [name, URL.createObjectURL(sampleUpload(name))]));
    setUrls(made);
    return () => {
      for (const url of Object.values(made)) URL.revokeObjectURL(url);
    };
  }, [only]);
  return (
    <aside
      aria-label="Sample files"
      style={{
        display: 'grid',
        gap: 8,
        marginBottom: 24,
        padding: 12,
        border: '1px dashed var(--vk-color-border)',
        borderRadius: 'var(--vk-radius)',
        color: 'var(--vk-color-muted-fg)',
        fontSize: 'var(--vk-font-size-sm)',
      }}
    >
      <span>No files at hand? Save a sample and drop it on the flow below.</span>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}>
        {only.map((name) => (
          <li key={name}>
            <Button asChild size="sm" variant="ghost">
              <a href={urls[name]} download={name} title={SAMPLE_DESCRIPTIONS[name]}>
                {name}
              </a>
            </Button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
