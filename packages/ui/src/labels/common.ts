import { defineLabels } from './defineLabels.ts';

/** Strings shared by the primitives and several components. */
export const commonLabels = defineLabels({
  en: {
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Confirm',
    retry: 'Try again',
    remove: 'Remove',
    loading: 'Loading…',
    working: 'Working…',
    required: 'Required',
    optional: 'optional',
    unknownError: 'Something went wrong. Please try again.',
    showSecret: 'Show',
    hideSecret: 'Hide',
    rows_one: '{count} row',
    rows_other: '{count} rows',
  },
  de: {
    cancel: 'Abbrechen',
    close: 'Schließen',
    confirm: 'Bestätigen',
    retry: 'Erneut versuchen',
    remove: 'Entfernen',
    loading: 'Wird geladen …',
    working: 'Wird bearbeitet …',
    required: 'Pflichtfeld',
    optional: 'optional',
    unknownError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    showSecret: 'Anzeigen',
    hideSecret: 'Verbergen',
    rows_one: '{count} Zeile',
    rows_other: '{count} Zeilen',
  },
});
