import type { MigrationFlow } from '@vernkit/react';
import { eventText } from './eventText.ts';

/** The run's status line and the agent's last few messages, in the host's own markup. */
export function HeadlessActivity({ flow }: { flow: MigrationFlow }) {
  const lines = flow.events
    .map((event) => ({ sequence: event.sequence, type: event.type, text: eventText(event) }))
    .filter((line): line is { sequence: number; type: string; text: string } => line.text !== null)
    .slice(-6);
  const status =
    flow.run && 'message' in flow.run && typeof flow.run.message === 'string' ? flow.run.message : null;
  return (
    <section className="activity" aria-labelledby="activity-title">
      <h2 id="activity-title" className="activity__title">
        <span className="spinner" aria-hidden="true" /> {labelFor(flow.step)}
      </h2>
      <p className="activity__status" role="status">
        {status ?? 'Working…'}
      </p>
      {lines.length > 0 && (
        <ol className="activity__log" aria-label="What the agent did">
          {lines.map((line) => (
            <li key={line.sequence} data-type={line.type}>
              {line.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function labelFor(step: MigrationFlow['step']): string {
  if (step === 'refining') return 'Applying your changes';
  if (step === 'executing') return 'Importing your data';
  return 'Mapping and cleaning your data';
}
