import { COMMON_OPTION_RUN, COMMON_OPTIONS } from '../../plan/common-options.js';
import type { OptionDescriptor } from '../../plan/options.js';
import { JVM_OPTIONS } from '../jvm/options.js';

/** The options of ServiceStack's `/types/kotlin`, in the order its header lists them. */
export const KOTLIN_OPTIONS = [
  JVM_OPTIONS.Package,
  ...COMMON_OPTION_RUN,
  // Kotlin's header lists it.
  { ...COMMON_OPTIONS.InitializeCollections, hidden: false },
  JVM_OPTIONS.TreatTypesAsStrings,
  JVM_OPTIONS.DefaultImports,
  COMMON_OPTIONS.AddReturnMarker,
  JVM_OPTIONS.AddGsonImport,
] satisfies readonly OptionDescriptor[];
