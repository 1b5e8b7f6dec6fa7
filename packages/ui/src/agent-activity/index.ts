export { AgentActivity, type AgentActivityProps } from './AgentActivity.tsx';
