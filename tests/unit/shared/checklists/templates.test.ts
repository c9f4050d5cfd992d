import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { textIn } from '../../../../shared/checklists/localized-text';
import { resolveDueDate } from '../../../../shared/checklists/due-dates';
import { openBlockers } from '../../../../shared/checklists/dependencies';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../../../shared/checklists/template-schema';
import {
  BUILT_IN_TEMPLATES,
  chinaKVisaTemplate,
  chinaPermanentResidenceTemplate,
  chinaRVisaTemplate,
  chinaWorkZVisaTemplate,
  findTemplate,
  internationalMoveTemplate,
  leavingHomeCountryTemplate,
} from '../../../../shared/checklists/templates/index';
import { checkItemValidity } from '../../../../shared/checklists/validity';
import { counterIds } from './fixtures';

const HAN = /\p{Script=Han}/u;

function allTexts(template: ChecklistTemplate) {
  return [
    template.title,
    template.description,
    ...template.notices.map((n) => n.text),
    ...template.items.flatMap((item) => [item.title, item.details]),
  ];
}

describe('built-in templates', () => {
  it('ships the seven templates with unique ids', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'china-work-z-visa',
      'china-r-visa',
      'china-k-visa',
      'china-permanent-residence',
      'china-returnee',
      'international-move',
      'leaving-home-country',
    ]);
    expect(findTemplate('china-k-visa')).toBe(chinaKVisaTemplate);
    expect(findTemplate('nope')).toBeUndefined();
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s passes the template schema (keys, references, no cycles)', (_id, template) => {
    const result = ChecklistTemplateSchema.safeParse(template);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s is bilingual: English text in en, Chinese in zh-CN', (_id, template) => {
    for (const text of allTexts(template)) {
      expect(text.en.trim()).not.toBe('');
      expect(HAN.test(text.en)).toBe(false);
      expect(HAN.test(text['zh-CN'])).toBe(true);
      expect(text['zh-CN']).not.toBe(text.en);
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s carries sources and a review date', (_id, template) => {
    expect(template.sources.length).toBeGreaterThan(0);
    expect(template.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a template with a cycle or a dangling key', () => {
    const base = chinaWorkZVisaTemplate;
    const cyclic = {
      ...base,
      items: base.items.map((item) => (item.key === 'passport' ? { ...item, blockedBy: ['residence-permit'] } : item)),
    };
    const messages = ChecklistTemplateSchema.safeParse(cyclic).error!.issues.map((i) => i.message);
    expect(messages).toContain('checklists.validation.cycle');
    const dangling = { ...base, items: base.items.map((item) => (item.key === 'entry' ? { ...item, blockedBy: ['nowhere'] } : item)) };
    expect(ChecklistTemplateSchema.safeParse(dangling).error!.issues.map((i) => i.message)).toContain('checklists.validation.unknownItem');
  });
});

describe('China work route (Z visa)', () => {
  const checklist = createChecklistFromTemplate(chinaWorkZVisaTemplate, counterIds('z'), '2027-01-01');
  const byKey = (key: string) => checklist.items.find((item) => item.templateItemKey === key)!;
  const anchors = { entry: '2027-03-10' };

  it('with entry 2027-03-10: residence permit due 2027-04-09, police registration 2027-03-11, work-permit card 2027-03-25', () => {
    expect(resolveDueDate(byKey('residence-permit'), anchors)).toEqual({ kind: 'date', date: '2027-04-09' });
    expect(resolveDueDate(byKey('police-registration'), anchors)).toEqual({ kind: 'date', date: '2027-03-11' });
    expect(resolveDueDate(byKey('work-permit-card'), anchors)).toEqual({ kind: 'date', date: '2027-03-25' });
  });

  it('follows the sequence notification -> Z visa -> entry -> registration -> card -> residence permit', () => {
    const chain = ['work-permit-notification', 'z-visa', 'entry', 'police-registration', 'work-permit-card', 'residence-permit'];
    chain.slice(1).forEach((key, index) => {
      expect(byKey(key).blockedBy).toContain(byKey(chain[index]!).id);
    });
    expect(openBlockers(byKey('residence-permit'), checklist.items).map((b) => b.id)).toEqual([byKey('work-permit-card').id, byKey('police-registration').id]);
  });

  it('lists the documents each step needs, with their validity windows', () => {
    for (const key of ['passport', 'photos', 'degree-apostille', 'criminal-record', 'health-certificate', 'cv-experience', 'employment-contract']) {
      expect(byKey(key)).toBeDefined();
    }
    expect(byKey('passport').validity).toEqual({ basis: 'expiry-date', validMonthsPast: 6, expiresOn: null, neededBy: { kind: 'anchor', anchor: 'entry' } });
    expect(byKey('criminal-record').validity).toMatchObject({ basis: 'issue-date', months: 6, neededBy: { kind: 'item', itemId: byKey('work-permit-application').id } });
    expect(byKey('health-certificate').validity).toMatchObject({ basis: 'issue-date', months: 6 });
    expect(byKey('passport').title.valueOf()).toMatchObject({ en: expect.stringMatching(/blank page/) });
  });

  it('warns about a passport that expires within 6 months of entry', () => {
    const passport = { ...byKey('passport'), validity: { ...byKey('passport').validity!, expiresOn: '2027-06-30' } };
    expect(checkItemValidity(passport, checklist.items, anchors)).toMatchObject({ kind: 'expires-too-early', mustBeValidUntil: '2027-09-10' });
  });

  it('checks the criminal record against the application date derived from the visa appointment', () => {
    const record = { ...byKey('criminal-record'), validity: { ...byKey('criminal-record').validity!, issuedOn: '2026-06-01' } };
    expect(checkItemValidity(record, checklist.items, { 'visa-appointment': '2027-02-10' })).toMatchObject({
      kind: 'expires-too-early',
      neededOn: '2027-01-11',
    });
  });

  it('puts the medical check in the first week, before the work-permit card is due', () => {
    // Entry 2027-03-10: medical check by 03-17 (entry + 7), card by 03-25 (entry + 15).
    const medical = resolveDueDate(byKey('medical-check'), anchors);
    const card = resolveDueDate(byKey('work-permit-card'), anchors);
    expect(medical).toEqual({ kind: 'date', date: '2027-03-17' });
    expect(card).toEqual({ kind: 'date', date: '2027-03-25' });
    expect(medical.kind === 'date' && card.kind === 'date' && medical.date < card.date).toBe(true);
    expect(byKey('work-permit-card').blockedBy).toContain(byKey('medical-check').id);
  });

  it('adds the rules of living on a residence permit, and says visa-free entry does not allow work', () => {
    const details = (key: string) => textIn(byKey(key).details, 'en');
    expect(details('renew-residence-permit')).toMatch(/30 days before/);
    expect(details('renew-residence-permit')).toMatch(/500 CNY a day up to 10,000 CNY/);
    expect(textIn(byKey('address-change').title, 'en')).toMatch(/24 hours/);
    expect(textIn(byKey('report-changes').title, 'en')).toMatch(/new passport or a new position within 10 days/);
    expect(textIn(byKey('carry-documents').title, 'en')).toMatch(/age 16/);
    for (const template of [chinaWorkZVisaTemplate, chinaRVisaTemplate, chinaKVisaTemplate]) {
      expect(template.notices.map((n) => n.text.en).join(' ')).toMatch(/240-hour visa-free transit do not allow work/);
    }
  });

  it('says the social-security agreements cover seconded employees only, and there is none with the US or the UK', () => {
    const item = internationalMoveTemplate.items.find((i) => i.key === 'social-insurance')!;
    expect(item.details.en).toMatch(/only for employees seconded/);
    expect(item.details.en).toMatch(/no agreement with the US or the UK/);
  });

  it('flags the weak "about 45 days" figure for verification', () => {
    const notice = chinaWorkZVisaTemplate.notices.find((n) => n.text.en.includes('45 days'))!;
    expect(notice.needsVerification).toBe(true);
  });
});

describe('China K visa', () => {
  it('never presents itself as permission to work', () => {
    const item = chinaKVisaTemplate.items.find((i) => i.key === 'not-a-work-permit')!;
    expect(item.title.en).toMatch(/not permission to work/);
    expect(item.details.en).toMatch(/work-permit route/);
    expect(item.title['zh-CN']).toMatch(/不等于工作许可/);
    expect(chinaKVisaTemplate.notices[0]!.text.en).toMatch(/not permission to work/);
    expect(chinaKVisaTemplate.description.en).toMatch(/not a work permit/);
    // No text anywhere suggests the opposite.
    for (const text of allTexts(chinaKVisaTemplate)) {
      expect(text.en).not.toMatch(/\b(allows|permits|lets you|authori[sz]es)\b[^.]*\bwork\b/i);
      expect(text['zh-CN']).not.toMatch(/可以工作|允许工作|可在华就业/);
    }
  });

  it('flags the uncertain facts: age limit, validity and stay, employment', () => {
    const flagged = chinaKVisaTemplate.items.filter((i) => i.needsVerification).map((i) => i.key);
    expect(flagged).toEqual(expect.arrayContaining(['age-limit', 'validity-and-stay', 'not-a-work-permit']));
    expect(chinaKVisaTemplate.items.find((i) => i.key === 'eligibility')!.needsVerification).toBe(false);
  });
});

describe('other templates flag what the reference marks uncertain', () => {
  it('permanent residence: the Shanghai "Talent" route now rests on a dated source; the card and the 1-in-5 exception are there', () => {
    const keys = chinaPermanentResidenceTemplate.items.map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['new-style-card', 'national-routes', 'beijing-salary-route', 'shanghai-salary-route', 'after-approval']));
    const talent = chinaPermanentResidenceTemplate.items.find((i) => i.key === 'shanghai-talent-route')!;
    expect(talent.needsVerification).toBe(false);
    expect(talent.details.en).toMatch(/Jul 1, 2015/);
    expect(chinaPermanentResidenceTemplate.sources.map((s) => s.date)).toContain('2015-07-01');
    expect(chinaPermanentResidenceTemplate.items.find((i) => i.key === 'new-style-card')!.details.en).toMatch(/Dec 1, 2023/);
    expect(chinaPermanentResidenceTemplate.items.find((i) => i.key === 'after-approval')!.title.en).toMatch(/1 year in 5/);
  });

  it('R visa: work and residence permits for R-visa holders are not in the sources, so that item is flagged', () => {
    expect(chinaRVisaTemplate.items.find((i) => i.key === 'work-and-residence-permits')!.needsVerification).toBe(true);
    expect(chinaRVisaTemplate.items.find((i) => i.key === 'police-registration')!.due).toEqual({ kind: 'relative', anchor: 'entry', offsetDays: 1 });
  });

  it('the generic move covers lease, shipping, bank, phone, insurance, tax residency, pets and school', () => {
    const categories = new Set(internationalMoveTemplate.items.map((i) => i.category));
    for (const category of ['housing', 'moving', 'finance', 'communication', 'insurance', 'tax', 'pets', 'family']) {
      expect(categories.has(category as never)).toBe(true);
    }
    expect(internationalMoveTemplate.items.every((i) => i.due.kind === 'none' || i.due.anchor === 'move')).toBe(true);
  });

  it('leaving your country has tasks relative to the move date', () => {
    expect(leavingHomeCountryTemplate.items.length).toBeGreaterThan(5);
    expect(leavingHomeCountryTemplate.items.filter((i) => i.due.kind === 'relative' && i.due.anchor === 'move').length).toBeGreaterThan(5);
  });
});
