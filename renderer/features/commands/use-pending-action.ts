import { useEffect, useRef } from 'react';
import { usePlanner } from '../../store';
import type { PendingActionName } from '../../store/commands-slice';

/** Runs `action` once when a command asked for it (now, or before this screen had loaded). */
export function usePendingAction(name: PendingActionName, action: () => void): void {
  const pending = usePlanner((s) => s.pendingAction);
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (pending?.name === name && usePlanner.getState().takeAction(pending.nonce)) latest.current();
  }, [pending, name]);
}
