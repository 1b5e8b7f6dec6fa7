import { defineLabels } from '../labels/defineLabels.ts';

export const flaggedRowsReviewLabels = defineLabels({
  en: {
    heading: 'Some rows need your attention',
    intro:
      'Nothing is changed until you decide. Apply the suggested fix, decide each question yourself, or reject the import.',
    stats: 'Import numbers',
    imported: 'Rows imported',
    flagged: 'Rows flagged',
    flaggedHint: 'Rows with at least one invalid cell. They are left out of a valid-rows download.',
    perSheet: 'Rows per sheet',
    letMeDecide: 'Let me decide',
    backToFix: 'Back to the suggested fix',
    questionsHeading: 'Decide for yourself',
    submitDecision_one: 'Apply my answer',
    submitDecision_other: 'Apply my answers',
    reject: 'Reject import',
    rejectTitle: 'Reject this import?',
    rejectDescription:
      'The import ends as failed and its flagged rows stay reported. You can still download the valid rows, or fix the files and import again.',
    rejectConfirm: 'Reject import',
    sent: 'Decision sent. The import is running again.',
    busy: 'Another decision is being sent.',
  },
  de: {
    heading: 'Einige Zeilen brauchen Ihre Aufmerksamkeit',
    intro:
      'Bis Sie entscheiden, wird nichts geändert. Wenden Sie die vorgeschlagene Korrektur an, entscheiden Sie jede Frage selbst oder lehnen Sie den Import ab.',
    stats: 'Import-Zahlen',
    imported: 'Importierte Zeilen',
    flagged: 'Markierte Zeilen',
    flaggedHint: 'Zeilen mit mindestens einer ungültigen Zelle. Sie fehlen im Download der gültigen Zeilen.',
    perSheet: 'Zeilen pro Tabelle',
    letMeDecide: 'Selbst entscheiden',
    backToFix: 'Zurück zur vorgeschlagenen Korrektur',
    questionsHeading: 'Selbst entscheiden',
    submitDecision_one: 'Meine Antwort anwenden',
    submitDecision_other: 'Meine Antworten anwenden',
    reject: 'Import ablehnen',
    rejectTitle: 'Diesen Import ablehnen?',
    rejectDescription:
      'Der Import endet als fehlgeschlagen, die markierten Zeilen bleiben gemeldet. Sie können die gültigen Zeilen trotzdem herunterladen oder die Dateien korrigieren und neu importieren.',
    rejectConfirm: 'Import ablehnen',
    sent: 'Entscheidung gesendet. Der Import läuft wieder.',
    busy: 'Eine andere Entscheidung wird gerade gesendet.',
  },
});
