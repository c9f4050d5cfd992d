/**
 * Why an import was refused: the first problem found, as a code the interface translates plus the few
 * values it names. `describeImportProblem` is the English sentence for logs and tests.
 */
export type ImportProblem =
  | { code: 'file-too-large'; limitBytes: number }
  | { code: 'not-a-plan-file'; detail: string }
  | { code: 'too-many-entries'; limit: number }
  | { code: 'unexpected-entry'; name: string }
  | { code: 'unsafe-name'; name: string }
  | { code: 'duplicate-entry'; name: string }
  | { code: 'entry-too-large'; name: string; limitBytes: number }
  | { code: 'unpacked-too-large'; limitBytes: number }
  | { code: 'missing-entry'; name: string }
  | { code: 'bad-json'; name: string }
  | { code: 'forbidden-key'; name: string; key: string; path: string }
  | { code: 'too-deep'; name: string; limit: number }
  | { code: 'manifest-invalid'; path: string }
  | { code: 'newer-format'; version: number }
  | { code: 'size-mismatch'; name: string }
  | { code: 'checksum-mismatch'; name: string }
  | { code: 'newer-plan'; version: number }
  | { code: 'plan-invalid'; path: string; detail: string }
  | { code: 'unknown-key'; path: string }
  | { code: 'attachment-not-listed'; name: string }
  | { code: 'attachment-missing'; name: string }
  | { code: 'attachment-unused'; name: string }
  | { code: 'attachment-size-differs'; name: string };

export type ImportProblemCode = ImportProblem['code'];

export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'file-too-large':
      return `The file is larger than ${problem.limitBytes} bytes.`;
    case 'not-a-plan-file':
      return `This is not a plan file exported by Relocation Planner (${problem.detail}).`;
    case 'too-many-entries':
      return `The file holds more than ${problem.limit} entries.`;
    case 'unexpected-entry':
      return `The file holds ${problem.name}, which a plan export never contains.`;
    case 'unsafe-name':
      return `The attachment name ${problem.name} is not allowed (it could point outside the vault).`;
    case 'duplicate-entry':
      return `${problem.name} appears twice in the file.`;
    case 'entry-too-large':
      return `${problem.name} is larger than ${problem.limitBytes} bytes.`;
    case 'unpacked-too-large':
      return `Unpacked, the file would be larger than ${problem.limitBytes} bytes.`;
    case 'missing-entry':
      return `${problem.name} is missing from the file.`;
    case 'bad-json':
      return `${problem.name} is not valid JSON text.`;
    case 'forbidden-key':
      return `${problem.name} contains the key "${problem.key}" at ${problem.path || '(top)'}, which is never accepted.`;
    case 'too-deep':
      return `${problem.name} is nested more than ${problem.limit} levels deep.`;
    case 'manifest-invalid':
      return `The file's manifest is not valid at ${problem.path || '(top)'}.`;
    case 'newer-format':
      return `The file was written by a newer version of the app (export format ${problem.version}).`;
    case 'size-mismatch':
      return `${problem.name} does not have the size the manifest gives.`;
    case 'checksum-mismatch':
      return `${problem.name} does not match its checksum: the file is damaged or was changed.`;
    case 'newer-plan':
      return `The plan was saved by a newer version of the app (plan format ${problem.version}).`;
    case 'plan-invalid':
      return `The plan is not valid at ${problem.path || '(top)'}: ${problem.detail}.`;
    case 'unknown-key':
      return `The plan contains a field this app does not know: ${problem.path}.`;
    case 'attachment-not-listed':
      return `The attachment ${problem.name} is in the file but not in its manifest.`;
    case 'attachment-missing':
      return `The plan refers to the attachment ${problem.name}, which is not in the file.`;
    case 'attachment-unused':
      return `The file holds the attachment ${problem.name}, which no checklist item refers to.`;
    case 'attachment-size-differs':
      return `The attachment ${problem.name} is not the size the plan says.`;
  }
}
