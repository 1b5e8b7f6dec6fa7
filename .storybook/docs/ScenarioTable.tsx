import { FAULT_TYPES, SCENARIO_NAMES, SCENARIOS } from '@vernkit/mock';
import './docs.css';

/** The mock's scenarios, from the `SCENARIOS` record the toolbar menu is built from. */
export function ScenarioTable() {
  return (
    <table className="vk-docs-table">
      <thead>
        <tr>
          <th scope="col">scenario</th>
          <th scope="col">title</th>
          <th scope="col">what Vern does</th>
        </tr>
      </thead>
      <tbody>
        {SCENARIO_NAMES.map((name) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>{SCENARIOS[name].title}</td>
            <td>{SCENARIOS[name].description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fault names `mock.injectFault({ type })` accepts. */
export function FaultList() {
  return (
    <p>
      {FAULT_TYPES.map((type, i) => (
        <span key={type}>
          {i > 0 ? ', ' : null}
          <code>{type}</code>
        </span>
      ))}
    </p>
  );
}
