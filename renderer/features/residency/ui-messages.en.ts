/** English texts of ui-messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'nav.residency': 'Days in China',
  'residency.ui.title': 'Days in China',
  'residency.ui.intro':
    'Your own log of stays in China. A day counts only when you are in China for all of it: the day you arrive and the day you leave are not full days.',
  'residency.ui.empty': 'No stays yet. Add your first entry into China below; planned trips can be added too, to see what they would do.',
  // Conclusions
  'residency.ui.conclusion.domicile':
    '{{year}}: China tax resident from your first day back. As a Chinese citizen you are domiciled in China, whatever the number of days ({{days}} full days in China that year).',
  'residency.ui.conclusion.resident': '{{year}}: China tax resident. {{days}} full days in China, 183 needed.',
  'residency.ui.conclusion.nonResident': '{{year}}: not a China tax resident. {{days}} full days in China, {{short}} short of 183.',
  'residency.ui.conclusion.foreignTaxable':
    'Income from outside China is taxable from {{year}}: six years in a row of 183 days with no single absence over 30 days.',
  'residency.ui.conclusion.foreignExemptUntil':
    'Income from outside China paid from outside China stays exempt. The earliest year it could become taxable is {{year}}, if every year until then counts.',
  'residency.ui.conclusion.feieMet': 'US Foreign Earned Income Exclusion, physical presence: met. {{days}} full days in China from {{from}} to {{to}}, 330 needed.',
  'residency.ui.conclusion.feieNotMet':
    'US Foreign Earned Income Exclusion, physical presence: not met by this log. Best 12 months: {{days}} full days in China from {{from}} to {{to}}, 330 needed.',
  'residency.ui.feieOtherCountries': 'Days in other foreign countries also count for the US test but are not in this log, so the real figure can only be higher.',
  'residency.ui.openStay': 'A stay without an exit date counts as staying through {{date}}.',
  'residency.ui.withPlans': 'Including planned trips.',
  'residency.ui.withoutPlans': 'Planned trips left out.',
  // Settings
  'residency.ui.rules.title': 'Whose rules',
  'residency.ui.rules.domicile': 'Citizenship on your profile: China. Residence is by domicile; the six-year rule does not apply.',
  'residency.ui.rules.days': 'Citizenship on your profile: {{country}}. Residence is by days (183 a year) and the six-year rule.',
  'residency.ui.rules.unknown': 'No citizenship on your profile: the counter uses the rules for foreign nationals. Set it on the overview page.',
  'residency.field.usTaxStatus': 'US tax status',
  'residency.field.usTaxStatus.none': 'Not a US citizen or green-card holder',
  'residency.field.usTaxStatus.citizen': 'US citizen',
  'residency.field.usTaxStatus.green-card': 'US green-card holder',
  'residency.field.usTaxStatus.hint': 'US citizens and green-card holders living abroad see the 330-day test of the Foreign Earned Income Exclusion.',
  'residency.field.isUsedForTax': 'Use this log for China tax residence in offers',
  'residency.field.isUsedForTax.hint': 'The China tax model of each offer then follows this log instead of the resident / non-resident choice.',
  'residency.field.includePlanned': 'Include planned trips',
  // Stays
  'residency.ui.stays.title': 'Stays in China',
  'residency.field.entry': 'Entry into China',
  'residency.field.exit': 'Exit from China',
  'residency.field.exit.hint': 'Leave empty while you are still in China.',
  'residency.field.isPlanned': 'Planned (not yet happened)',
  'residency.field.note': 'Note',
  'residency.ui.stays.add': 'Add stay',
  'residency.ui.stays.save': 'Save stay',
  'residency.ui.stays.cancel': 'Cancel',
  'residency.ui.stays.edit': 'Edit',
  'residency.ui.stays.remove': 'Remove',
  'residency.ui.stays.stillThere': 'still in China',
  'residency.ui.stays.planned': 'Planned',
  'residency.ui.stays.fullDays_one': '{{count}} full day',
  'residency.ui.stays.fullDays_other': '{{count}} full days',
  // Years
  'residency.ui.years.title': 'Year by year',
  'residency.ui.years.year': 'Year',
  'residency.ui.years.fullDays': 'Full days in China',
  'residency.ui.years.test183': '183-day test',
  'residency.ui.years.longestAbsence': 'Longest single absence (days)',
  'residency.ui.years.sixYear': 'Six-year count',
  'residency.ui.years.foreignIncome': 'Income from outside China',
  'residency.ui.years.met': 'Met',
  'residency.ui.years.notMet': 'Not met',
  'residency.ui.years.reset.long-absence': 'Restarts: absence over 30 days',
  'residency.ui.years.reset.short-year': 'Restarts: under 183 days',
  'residency.ui.years.streak': 'Year {{count}} of 6',
  'residency.ui.years.taxable': 'Taxable',
  'residency.ui.years.exempt': 'Exempt',
  'residency.ui.years.notCounted': 'Before 2019: not counted',
  // Basis
  'residency.ui.basis.title': 'The rules used',
  'residency.ui.basis.reviewedOn': 'Reviewed on {{date}}',
  'residency.ui.basis.absenceReading':
    'An absence is counted in full days away; one that spans New Year counts in each year by its days there. This literal reading of “a single absence of more than 30 days in a year” is ours: check an unusual case with the tax bureau.',
  // Tax panel
  'residency.tax.fromLog.resident': 'Residence from your trip log: resident in {{year}} ({{days}} full days in China; 183 needed). Taxed as a China resident.',
  'residency.tax.fromLog.nonResident':
    'Residence from your trip log: not resident in {{year}} ({{days}} full days in China; 183 needed). Taxed as a non-resident.',
  'residency.tax.fromLog.domicile': 'Residence from your trip log: a Chinese citizen is domiciled in China, so resident in {{year}}. Taxed as a China resident.',
  'residency.tax.fromLog.hint': 'The resident / non-resident choice above is not used while the log decides. Turn this off on the Days in China screen to choose yourself.',
} as const;
