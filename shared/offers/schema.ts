/** The persisted data of the offer comparison: one import for the document schema and the UI forms. */
export * from './offer-schema';
export * from './settings-schema';
export * from './vesting-presets';
export * from './create-empty-offer';
// The texts themselves (OFFER_MESSAGES) are imported from './messages' where needed: re-exported here, they
// would load with every schema user, in both languages (issue 16).
export type { OfferMessageKey } from './messages';
