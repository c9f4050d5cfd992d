import { MIN_PASSPHRASE_LENGTH, type PassphraseProblem } from '../../../shared/contract/plan-files-operations';
import { fail, ok } from '../../../shared/contract/result';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlanSession } from '../plans/plan-session';

type EncryptionOperations = 'getLockState' | 'unlockPlan' | 'lockPlan' | 'setPassphrase' | 'setLockAfter' | 'rememberKey';

const asProblem = (problem: string): PassphraseProblem =>
  problem === 'wrong-passphrase' || problem === 'newer-version' || problem === 'not-encrypted' || problem === 'already-encrypted' ? problem : 'damaged';

/** Unlock, lock, and turning the passphrase on, changing it or off, for the plan being worked on. */
export function createEncryptionHandlers(session: PlanSession, afterLock: () => Promise<void> = async () => undefined): Pick<OperationHandlers, EncryptionOperations> {
  return {
    getLockState: async () => ok(session.lockState()),
    unlockPlan: async ({ passphrase }) => {
      const problem = await session.unlock(passphrase);
      return ok(problem ? { outcome: 'refused', problem: asProblem(problem) } : { outcome: 'done', state: session.lockState() });
    },
    lockPlan: async () => {
      await session.lock();
      await afterLock();
      return ok(session.lockState());
    },
    setPassphrase: async ({ current, next }) => {
      if (next !== null && [...next].length < MIN_PASSPHRASE_LENGTH) return ok({ outcome: 'refused', problem: 'too-short' });
      try {
        const problem = await session.setPassphrase(current, next);
        return ok(problem ? { outcome: 'refused', problem: asProblem(problem) } : { outcome: 'done', state: session.lockState() });
      } catch (error) {
        return fail('io', `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    rememberKey: async ({ isOn }) => {
      const problem = await session.rememberKey(isOn);
      return ok(problem ? { outcome: 'refused', problem } : { outcome: 'done', state: session.lockState() });
    },
    setLockAfter: async ({ minutes }) => {
      await session.setLockAfter(minutes);
      return ok(session.lockState());
    },
  };
}
