import { sizeBuild } from '../sizeBuild.ts';

export default sizeBuild('ui');
