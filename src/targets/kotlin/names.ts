import { jvmNaming } from '../jvm/names.js';
import { KOTLIN_KEYWORDS } from '../jvm/reserved.js';

export const KOTLIN_NAMING = jvmNaming(KOTLIN_KEYWORDS);
