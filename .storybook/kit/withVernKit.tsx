import '@vernkit/ui/styles.css';
import type { Decorator } from '@storybook/react-vite';
import { VernProvider } from '@vernkit/ui';
import { type ReactNode, type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import { KitFrameDefaults } from '../../packages/ui/src/stories/KitFrame.tsx';
import { type KitGlobals, readKitGlobals } from './globals.ts';
import { kitAppearance } from './kitAppearance.ts';
import { isTestRun, MOCK_BASE_URL } from './liveMock.ts';

// The same retries, with short waits: a test checks that it retries and then gives up, not how long.
const TEST_RETRY = { baseDelayMs: 20, maxDelayMs: 100 };

/**
 * Every story runs inside the UI `VernProvider`, themed from the toolbar (theme, brand,
 * locale, density) and talking to `/api/v1`, where a live story's mock answers through MSW.
 * Stories that add their own `withKit()` frame start from the same toolbar settings.
 */
export const withVernKit: Decorator = (Story, context) => {
  const kit = readKitGlobals(context.globals);
  // Another story, or another scenario in a live one: a fresh query cache and flow. Theme,
  // brand, locale and density apply live, mid-flow.
  const key = context.vernMock ? `${context.id}:${kit.scenario}` : context.id;
  return (
    <KitCanvas key={key} kit={kit} inDocs={context.viewMode === 'docs'}>
      <Story />
    </KitCanvas>
  );
};

function KitCanvas({ kit, inDocs, children }: { kit: KitGlobals; inDocs: boolean; children: ReactNode }) {
  const appearance = useMemo(
    () => kitAppearance({ theme: kit.theme, brand: kit.brand, density: kit.density }),
    [kit.theme, kit.brand, kit.density],
  );
  const defaults = useMemo(() => ({ appearance, locale: kit.locale }), [appearance, kit.locale]);
  const wrapper = useRef<HTMLDivElement>(null);
  usePaintCanvas(wrapper, inDocs, kit.theme);
  return (
    <div ref={wrapper} data-vk-story-canvas="">
      <VernProvider
        baseUrl={MOCK_BASE_URL}
        retry={isTestRun() ? TEST_RETRY : undefined}
        appearance={appearance}
        locale={kit.locale}
        style={{
          background: 'var(--vk-color-bg)',
          color: 'var(--vk-color-fg)',
          padding: inDocs ? 24 : 0,
          borderRadius: inDocs ? 'var(--vk-radius-lg)' : undefined,
        }}
      >
        <KitFrameDefaults.Provider value={defaults}>{children}</KitFrameDefaults.Provider>
      </VernProvider>
    </div>
  );
}

/**
 * The canvas around the story takes the kit's background, so dark mode is dark to the edges.
 * Read from the rendered root after every render, so it is whatever the brand and theme
 * resolve to (cheap: one computed style).
 */
function usePaintCanvas(
  wrapper: RefObject<HTMLDivElement | null>,
  inDocs: boolean,
  theme: KitGlobals['theme'],
): void {
  useLayoutEffect(() => {
    const root = wrapper.current?.querySelector<HTMLElement>('[data-slot=vern-root]');
    if (inDocs || !root) return;
    const { body, documentElement } = document;
    const before = { background: body.style.backgroundColor, scheme: documentElement.style.colorScheme };
    body.style.backgroundColor = getComputedStyle(root).backgroundColor;
    documentElement.style.colorScheme = theme;
    return () => {
      body.style.backgroundColor = before.background;
      documentElement.style.colorScheme = before.scheme;
    };
  });
}
