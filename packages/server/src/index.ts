export { createVernProxy } from './createVernProxy.ts';
export { type ProxyMethod, VERN_OPERATIONS, type VernOperation } from './routes.ts';
export type {
  Authorize,
  AuthorizeDecision,
  AuthorizeResult,
  FetchLike,
  UploadRelayOptions,
  VernProxy,
  VernProxyCreatedEvent,
  VernProxyErrorInfo,
  VernProxyErrorKind,
  VernProxyOptions,
  VernProxyTarget,
} from './types.ts';
