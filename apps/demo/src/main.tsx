import '@vernkit/ui/styles.css';
import './styles/app.css';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import type { Runtime } from './boot/RuntimeContext.ts';
import { readRuntimeConfig } from './boot/runtimeConfig.ts';
import { startBrowserMock } from './boot/startBrowserMock.ts';

async function boot(container: HTMLElement) {
  const config = await readRuntimeConfig();
  const mock = config.mode === 'mock' ? await startBrowserMock(config.proxyPath) : null;
  const runtime: Runtime = { ...config, mock };
  // The host's own QueryClient, as it would already have: every vernkit query sets its own retry.
  createRoot(container).render(
    <StrictMode>
      <App runtime={runtime} queryClient={new QueryClient()} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
boot(container).catch((error: unknown) => {
  const message = document.createElement('p');
  message.className = 'boot-error';
  message.setAttribute('role', 'alert');
  message.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(message);
});
