/** The single IPC channel every operation travels on (its own module so the preload stays tiny). */
export const IPC_CHANNEL = 'planner:invoke';
