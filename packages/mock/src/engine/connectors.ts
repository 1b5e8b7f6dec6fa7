import type { SampleFileName } from '../data/index.ts';

export interface CredentialFieldSpec {
  type: 'string';
  title: string;
  secret?: boolean;
  required?: boolean;
  description?: string;
}

/** A live connector the simulated Vern can extract from. Streams are served from the sample files. */
export interface Connector {
  key: string;
  name: string;
  category: string;
  reason: string;
  guidance: { summary: string; steps: string[]; links: Array<{ label: string; url: string }> };
  schema: Record<string, CredentialFieldSpec>;
  streams: Record<string, SampleFileName>;
}

export const CONNECTORS: Record<string, Connector> = {
  salesforce: {
    key: 'salesforce',
    name: 'Salesforce',
    category: 'CRM',
    reason: 'I need API access to read your contacts and accounts.',
    guidance: {
      summary: 'Create a connected app and copy its OAuth credentials.',
      steps: [
        'Open Setup → App Manager',
        'Click New Connected App and enable OAuth',
        'Copy the consumer key and secret',
      ],
      links: [
        {
          label: 'Salesforce: create a connected app',
          url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_create.htm',
        },
      ],
    },
    schema: {
      client_id: { type: 'string', title: 'Consumer key', required: true },
      client_secret: { type: 'string', title: 'Consumer secret', secret: true, required: true },
      refresh_token: { type: 'string', title: 'Refresh token', secret: true, required: false },
    },
    streams: { contacts: 'contacts.csv', accounts: 'companies.xlsx' },
  },
  hubspot: {
    key: 'hubspot',
    name: 'HubSpot',
    category: 'CRM',
    reason: 'I need a private app token to read your contacts and companies.',
    guidance: {
      summary: 'Create a private app in HubSpot and copy its access token.',
      steps: [
        'Open Settings → Integrations → Private Apps',
        'Create a private app with CRM read scopes',
        'Copy the access token',
      ],
      links: [
        { label: 'HubSpot: private apps', url: 'https://developers.hubspot.com/docs/api/private-apps' },
      ],
    },
    schema: { access_token: { type: 'string', title: 'Access token', secret: true, required: true } },
    streams: { contacts: 'contacts.csv', companies: 'companies.xlsx' },
  },
  pipedrive: {
    key: 'pipedrive',
    name: 'Pipedrive',
    category: 'CRM',
    reason: 'I need your API token to read your people and organizations.',
    guidance: {
      summary: 'Copy your personal API token from Pipedrive.',
      steps: ['Open Personal preferences → API', 'Copy your personal API token'],
      links: [
        {
          label: 'Pipedrive: find your API token',
          url: 'https://support.pipedrive.com/en/article/how-can-i-find-my-personal-api-key',
        },
      ],
    },
    schema: {
      company_domain: {
        type: 'string',
        title: 'Company domain',
        required: true,
        description: 'The part before .pipedrive.com',
      },
      api_token: { type: 'string', title: 'API token', secret: true, required: true },
    },
    streams: { persons: 'contacts.csv', organizations: 'companies.xlsx' },
  },
};

export function connectorFor(key: string): Connector | undefined {
  return Object.hasOwn(CONNECTORS, key) ? CONNECTORS[key] : undefined;
}

/** The connector a migration's named source stands for, when its name is one. */
export function connectorForSource(source: string | null): Connector {
  const key = (source ?? '').trim().toLowerCase();
  return connectorFor(key) ?? (CONNECTORS.salesforce as Connector);
}

/** Required fields left out or blank: what the connector "rejects". Names only, never values. */
export function missingCredentialFields(connector: Connector, secrets: Record<string, unknown>): string[] {
  return Object.entries(connector.schema)
    .filter(
      ([name, spec]) =>
        spec.required && (typeof secrets[name] !== 'string' || (secrets[name] as string).trim() === ''),
    )
    .map(([name]) => name);
}
