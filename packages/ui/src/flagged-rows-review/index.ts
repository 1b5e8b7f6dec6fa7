export { FlaggedRowsReview, type FlaggedRowsReviewProps } from './FlaggedRowsReview.tsx';
export { ImportStats } from './ImportStats.tsx';
