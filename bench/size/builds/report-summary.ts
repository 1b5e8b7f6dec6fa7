import { sizeBuild } from '../sizeBuild.ts';

export default sizeBuild('report-summary');
