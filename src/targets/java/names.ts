import { jvmNaming } from '../jvm/names.js';
import { JAVA_KEYWORDS } from '../jvm/reserved.js';

export const JAVA_NAMING = jvmNaming(JAVA_KEYWORDS);
