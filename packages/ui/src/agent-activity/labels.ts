import { defineLabels } from '../labels/defineLabels.ts';

/**
 * `tool_<name>` keys name the agent's tools in plain language; hosts add or change them with
 * the `toolLabels` prop or through the labels dictionary. Tools without a label are humanized.
 */
export const agentActivityLabels = defineLabels({
  en: {
    feed: 'Agent activity',
    empty: 'The agent’s steps will appear here.',
    working: 'Working…',
    jumpToLatest: 'Jump to latest',
    stepRunning: 'In progress',
    stepDone: 'Done',
    stepFailed: 'Failed',
    stepEnded: 'Stopped',
    errorTitle: 'Something went wrong',
    errorFallback: 'The agent reported an error.',
    milestone_preview: 'Preview ready',
    milestone_completed: 'Finished',
    milestone_request_input: 'Waiting for your input',
    tool_read_file: 'Reading your files',
    tool_map_columns: 'Matching your columns',
    tool_validate_rows: 'Checking your data',
    tool_edit_recipe: 'Applying your changes',
    tool_inspect_preview: 'Looking at the preview',
    tool_import_rows: 'Importing your data',
    tool_connect_source: 'Connecting to your source',
    tool_extract_stream: 'Reading from your source',
  },
  de: {
    feed: 'Aktivität des Agenten',
    empty: 'Hier erscheinen die Schritte des Agenten.',
    working: 'In Arbeit …',
    jumpToLatest: 'Zum Neuesten',
    stepRunning: 'Läuft',
    stepDone: 'Erledigt',
    stepFailed: 'Fehlgeschlagen',
    stepEnded: 'Beendet',
    errorTitle: 'Etwas ist schiefgelaufen',
    errorFallback: 'Der Agent hat einen Fehler gemeldet.',
    milestone_preview: 'Vorschau bereit',
    milestone_completed: 'Fertig',
    milestone_request_input: 'Wartet auf Ihre Eingabe',
    tool_read_file: 'Liest Ihre Dateien',
    tool_map_columns: 'Ordnet Ihre Spalten zu',
    tool_validate_rows: 'Prüft Ihre Daten',
    tool_edit_recipe: 'Übernimmt Ihre Änderungen',
    tool_inspect_preview: 'Sieht sich die Vorschau an',
    tool_import_rows: 'Importiert Ihre Daten',
    tool_connect_source: 'Verbindet sich mit Ihrer Quelle',
    tool_extract_stream: 'Liest aus Ihrer Quelle',
  },
});
