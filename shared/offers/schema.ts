/** The persisted data of the offer comparison: one import for the document schema and the UI forms. */
export * from './offer-schema';
export * from './settings-schema';
export * from './vesting-presets';
export * from './create-empty-offer';
export { OFFER_MESSAGES, OFFER_MESSAGE_KEYS, type OfferMessageKey } from './messages';
