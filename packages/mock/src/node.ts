export {
  createVernMockServer,
  type VernMockServer,
  type VernMockServerOptions,
} from './node/createVernMockServer.ts';
export { setupVernMockServer } from './node/setupVernMockServer.ts';
