import { badRequest } from '../http/ApiError.ts';
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from '../scenarios/scenarios.ts';

export const SCENARIO_HEADER = 'x-vernkit-scenario';

/** The scenario a migration or company should follow, from the `x-vernkit-scenario` header. */
export function scenarioFromHeader(request: Request): ScenarioName | null {
  const value = request.headers.get(SCENARIO_HEADER);
  if (value === null || value.trim() === '') return null;
  const name = value.trim();
  if (!isScenarioName(name)) {
    throw badRequest(
      `Unknown scenario "${name}" in ${SCENARIO_HEADER}: use one of ${SCENARIO_NAMES.join(', ')}`,
    );
  }
  return name;
}
