import type { Source, Template } from '@vernkit/core';

export const CONTACTS_TEMPLATE_ID = '5f0c6a2e-3b1d-4c8e-9a7f-1d2e3f4a5b6c';
export const COMPANIES_TEMPLATE_ID = '8b7e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5d';

/** Companies first: contacts link to it, and sheets build in this order. */
export const defaultTemplates: Template[] = [
  {
    slug: 'companies',
    id: COMPANIES_TEMPLATE_ID,
    name: 'Companies',
    description: "The customer's accounts.",
    columns: [
      { name: 'Name', description: 'Company name.', required: true, unique: true, desiredRule: 'none' },
      {
        name: 'Domain',
        description: 'Primary web domain, without scheme or path (acme.com).',
        required: false,
        unique: false,
        desiredRule: 'strict',
        strictRule: '^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$',
      },
      {
        name: 'Industry',
        description: 'Industry or sector.',
        required: false,
        unique: false,
        desiredRule: 'none',
      },
      {
        name: 'Employees',
        description: 'Head count, as a whole number.',
        required: false,
        unique: false,
        desiredRule: 'strict',
        strictRule: '^[0-9]+$',
      },
    ],
  },
  {
    slug: 'contacts',
    id: CONTACTS_TEMPLATE_ID,
    name: 'Contacts',
    description: "People at the customer's accounts.",
    columns: [
      {
        name: 'Email',
        description: 'Primary email address.',
        required: true,
        unique: true,
        desiredRule: 'strict',
        strictRule: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      },
      { name: 'First Name', description: 'Given name.', required: false, unique: false, desiredRule: 'none' },
      { name: 'Last Name', description: 'Family name.', required: true, unique: false, desiredRule: 'none' },
      {
        name: 'Phone',
        description: 'Best phone number.',
        required: false,
        unique: false,
        desiredRule: 'none',
      },
      {
        name: 'Status',
        description: 'Where the relationship stands.',
        required: false,
        unique: false,
        desiredRule: 'strict',
        strictRule: '^(Open|Closed|Pending)$',
      },
      {
        name: 'Account',
        description: 'The company this contact belongs to.',
        required: false,
        unique: false,
        desiredRule: 'link',
        linkRule: [{ templateId: COMPANIES_TEMPLATE_ID, columnName: 'Name' }],
      },
    ],
  },
];

/** The current API names sources; the imports preview addresses them by UUID. */
export const defaultSources: Source[] = [
  { name: 'Salesforce', id: '0d6a1c7e-5b2f-4e3a-9c8d-7f6e5d4c3b2a', logo_url: null },
  { name: 'HubSpot', id: '3e9b2d8f-6c4a-4f1b-8e7d-1a2b3c4d5e6f', logo_url: null },
  { name: 'Spreadsheets', id: '7c1e4a9b-2d3f-4b5c-a6d7-e8f9a0b1c2d3', logo_url: null },
];
