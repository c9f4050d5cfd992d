import type { Attachment } from '../checklists/schema';
import type { PlanDocument } from '../plan/plan-schema';

/** Every attachment the plan points at, once per stored name (the same file may hang on two items). */
export function planAttachments(document: PlanDocument): Attachment[] {
  const byName = new Map<string, Attachment>();
  for (const checklist of document.checklists.checklists) {
    for (const item of checklist.items) {
      for (const attachment of item.attachments) if (!byName.has(attachment.storedName)) byName.set(attachment.storedName, attachment);
    }
  }
  return [...byName.values()];
}
