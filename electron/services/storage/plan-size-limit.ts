/**
 * A plan file larger than this is refused before it is read: a real plan is a few hundred kilobytes, so
 * anything this big is not one (or would freeze the app parsing it).
 */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;
