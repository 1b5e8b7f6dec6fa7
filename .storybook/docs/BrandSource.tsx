import { Source } from '@storybook/addon-docs/blocks';
import { BRANDS, type BrandId } from '../../packages/ui/src/stories/brands.ts';

/** A value as TypeScript source on one line: `{ light: '#fff', dark: '#000' }`. */
function inline(value: unknown): string {
  if (typeof value === 'string') return `'${value.replaceAll("'", "\\'")}'`;
  if (typeof value !== 'object' || value === null) return String(value);
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[a-zA-Z_]\w*$/.test(k) ? k : inline(k)}: ${inline(v)}`,
  );
  return `{ ${entries.join(', ')} }`;
}

/** The `appearance` object behind a toolbar brand, printed from the very object the toolbar uses. */
export function BrandSource({ brand }: { brand: BrandId }) {
  const { variables = {}, rules } = BRANDS[brand].appearance;
  const lines = [
    '<VernProvider',
    '  baseUrl="/api/vern"',
    '  appearance={{',
    '    variables: {',
    ...Object.entries(variables).map(([key, value]) => `      ${key}: ${inline(value)},`),
    '    },',
    ...(rules ? [`    rules: ${inline(rules)},`] : []),
    '  }}',
    '>',
  ];
  return <Source code={lines.join('\n')} language="tsx" dark />;
}
