'use client';
import {
  VernProvider as ClientProvider,
  type VernProviderProps as ClientProviderProps,
} from '@vernkit/react';
import { KitProvider, type KitProviderProps } from './KitProvider.tsx';

/**
 * `@vernkit/react`'s provider (`client` or `baseUrl`, the host's `QueryClient`) plus the kit's
 * theme, labels and locale: the one provider a host needs for the drop-in components.
 */
export type VernProviderProps = ClientProviderProps & Omit<KitProviderProps, 'children'>;

/**
 * @example
 * import '@vernkit/ui/styles.css';
 * <VernProvider baseUrl="/api/vern" appearance={{ variables: { colorPrimary: '#0a7' } }} locale="de">
 *   <MigrationFlow />
 * </VernProvider>
 */
export function VernProvider(props: VernProviderProps) {
  const { appearance, locale, labels, unstyled, className, style, children, ...client } = props;
  return (
    <ClientProvider {...(client as ClientProviderProps)}>
      <KitProvider
        appearance={appearance}
        locale={locale}
        labels={labels}
        unstyled={unstyled}
        className={className}
        style={style}
      >
        {children}
      </KitProvider>
    </ClientProvider>
  );
}
