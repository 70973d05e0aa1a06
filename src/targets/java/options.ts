import { COMMON_OPTIONS } from '../../plan/common-options.js';
import type { OptionDescriptor } from '../../plan/options.js';
import { JVM_OPTIONS } from '../jvm/options.js';

/** The options of ServiceStack's `/types/java`, in the order its header lists them. */
export const JAVA_OPTIONS = [
  JVM_OPTIONS.Package,
  JVM_OPTIONS.GlobalNamespace,
  JVM_OPTIONS.AddPropertyAccessors,
  JVM_OPTIONS.SettersReturnThis,
  COMMON_OPTIONS.AddServiceStackTypes,
  COMMON_OPTIONS.AddResponseStatus,
  COMMON_OPTIONS.AddDescriptionAsComments,
  COMMON_OPTIONS.AddImplicitVersion,
  COMMON_OPTIONS.IncludeTypes,
  COMMON_OPTIONS.ExcludeTypes,
  JVM_OPTIONS.TreatTypesAsStrings,
  JVM_OPTIONS.DefaultImports,
  COMMON_OPTIONS.AddReturnMarker,
  COMMON_OPTIONS.InitializeCollections,
  JVM_OPTIONS.AddGsonImport,
] satisfies readonly OptionDescriptor[];
