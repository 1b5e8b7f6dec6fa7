export { createVernMock } from './createVernMock.ts';
export { type SampleFileName, sampleFile, sampleFileNames } from './data/samples.ts';
export type { MockClock } from './engine/clock.ts';
export { CONNECTORS, type Connector } from './engine/connectors.ts';
export { FAULT_TYPES, type Fault, type FaultType } from './faults/FaultBook.ts';
export { createHandlers } from './msw/createHandlers.ts';
export { SCENARIO_HEADER } from './routes/scenarioHeader.ts';
export { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios/scenarios.ts';
export type { FetchLike, MockInspection, VernMock, VernMockOptions } from './types.ts';
