import { Markdown } from '@storybook/addon-docs/blocks';
import { type TokenDefinition, tokens } from '@vernkit/ui';
import { Fragment } from 'react';
import './docs.css';

const GROUPS: Array<{ id: TokenDefinition['group']; title: string }> = [
  { id: 'color', title: 'Colour' },
  { id: 'shape', title: 'Shape' },
  { id: 'typography', title: 'Typography' },
  { id: 'spacing', title: 'Spacing and density' },
];

/**
 * Every public `--vk-*` variable, straight from the `tokens` list `@vernkit/ui` exports (a UI
 * test keeps it equal to `tokens.css`), so this table cannot drift from the CSS.
 */
export function TokensTable() {
  return (
    <table className="vk-docs-table">
      <thead>
        <tr>
          <th scope="col">CSS variable</th>
          <th scope="col">
            <code>appearance.variables</code>
          </th>
          <th scope="col">light</th>
          <th scope="col">dark</th>
          <th scope="col">use</th>
        </tr>
      </thead>
      <tbody>
        {GROUPS.map((group) => (
          <Fragment key={group.id}>
            <tr>
              <th scope="rowgroup" colSpan={5}>
                <strong>{group.title}</strong>
              </th>
            </tr>
            {tokens
              .filter((t) => t.group === group.id)
              .map((t) => (
                <tr key={t.name}>
                  <th scope="row">
                    <code>{t.name}</code>
                  </th>
                  <td>
                    <code>{t.key}</code>
                  </td>
                  <td className={t.group === 'color' ? undefined : 'vk-docs-wrap'}>
                    <Value token={t} value={t.light} />
                  </td>
                  <td>{t.dark && t.dark !== t.light ? <Value token={t} value={t.dark} /> : 'same'}</td>
                  <td>
                    <Markdown>{t.description}</Markdown>
                  </td>
                </tr>
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function Value({ token, value }: { token: TokenDefinition; value: string }) {
  return (
    <span className={token.group === 'color' ? 'vk-docs-value' : undefined}>
      {token.group === 'color' ? (
        <span className="vk-docs-swatch" style={{ background: value }} aria-hidden="true" />
      ) : null}
      <code>{value}</code>
    </span>
  );
}
