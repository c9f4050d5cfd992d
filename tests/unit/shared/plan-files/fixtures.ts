import { createHash } from 'node:crypto';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { chinaWorkZVisaTemplate } from '../../../../shared/checklists/templates/china-work-z-visa';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { buildPlanExport } from '../../../../shared/plan-files/build-export';
import type { Sha256 } from '../../../../shared/plan-files/manifest';
import { entry, hsk4Goal } from '../language/fixtures';
import { offerA, offerB } from '../offers/fixtures';

export const sha256: Sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

export const SCAN_BYTES = new TextEncoder().encode('%PDF-1.4 passport scan\n');
export const DEGREE_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);

/** A plan with two offers, a 15-item Z-visa checklist carrying two attachments, a goal and three log entries. */
export function richPlan(): PlanDocument {
  let id = 0;
  const document = createEmptyPlan();
  document.profile.displayName = 'Wei';
  document.offers = [
    { ...offerA(), id: 'offer-a' },
    { ...offerB(), id: 'offer-b' },
  ];
  const checklist = createChecklistFromTemplate(chinaWorkZVisaTemplate, () => `id-${++id}`, '2027-01-01');
  checklist.items[0]!.attachments = [
    { id: 'att-1', fileName: 'passport.pdf', storedName: 'att-1.pdf', sizeBytes: SCAN_BYTES.length, addedOn: '2027-01-02' },
  ];
  checklist.items[1]!.attachments = [
    { id: 'att-2', fileName: '学位证书.jpg', storedName: 'att-2.jpg', sizeBytes: DEGREE_BYTES.length, addedOn: '2027-01-03' },
  ];
  document.checklists.checklists = [checklist];
  document.language.goals = [hsk4Goal()];
  document.language.studyLog = [entry('2027-01-01', 30, 10), entry('2027-01-02', 45, 12), entry('2027-01-03', 20, 5)];
  document.language.studyLog.forEach((log, index) => (log.id = `log-${index}`));
  return document;
}

export function richAttachments(): Map<string, Uint8Array> {
  return new Map([
    ['att-1.pdf', SCAN_BYTES],
    ['att-2.jpg', DEGREE_BYTES],
  ]);
}

export function exportOf(document: PlanDocument = richPlan(), attachments = richAttachments()): Uint8Array {
  return buildPlanExport({
    document,
    attachments,
    planName: 'Shanghai 2027',
    appVersion: '0.1.0',
    exportedAt: new Date('2027-01-05T10:00:00Z'),
    sha256,
  }).bytes;
}
