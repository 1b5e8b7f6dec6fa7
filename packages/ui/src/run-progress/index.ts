export { RunProgress, type RunProgressProps } from './RunProgress.tsx';
