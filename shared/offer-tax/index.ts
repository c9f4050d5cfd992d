/** Offers and tax together: each offer year's income mapped onto the tax engine, gross to take-home. */
export * from './tax-year-rule';
export * from './income-mapping';
export * from './default-settings';
export * from './offer-take-home';
export * from './tax-options';
export * from './messages';
export * from './comparison-after-tax';
export * from './typical-contributions';
export * from './take-home-context';
