export { buildPlanExport, serializePlanDocument, type ExportInput } from './build-export';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
export { EXPORT_EXTENSION, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, manifestSchema, type ExportManifest, type Sha256 } from './manifest';
export { canonicalJson, diffPlans, DIFF_KINDS, LARGE_REMOVAL_SHARE, type DiffKind, type KindChange, type PlanDiff } from './plan-diff';
export { planAttachments } from './plan-attachments';
export { describeImportProblem, type ImportProblem, type ImportProblemCode } from './problems';
export { readPlanExport, type ImportedPackage, type ReadExportResult } from './read-export';
export { findDroppedKey, FORBIDDEN_KEYS, parseUntrustedJson } from './safe-json';
