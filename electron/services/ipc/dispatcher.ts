import { isOperationName, requestSchemas, type OperationName, type RequestOf, type ResultOf } from '../../../shared/contract/operations';
import { fail, type Result } from '../../../shared/contract/result';
import { isTrustedSender, type SenderInfo } from '../../../shared/contract/sender';
import { zodFieldErrors } from '../../../shared/validation/field-errors';

/** One async function per operation; each receives its request already parsed by its schema. */
export type OperationHandlers = { [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResultOf<K>>> };

export interface DispatcherOptions {
  /** Defaults to the app's own origin; tests may pass the origin they serve the renderer from. */
  isTrusted?: (sender: SenderInfo) => boolean;
  log?: (line: string) => void;
}

export type Dispatch = (sender: SenderInfo, operation: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * The single entry for every message from the renderer: the sender is checked first, then the operation
 * name, then the payload is parsed from `unknown` with that operation's schema. Handlers never see
 * anything unvalidated, and nothing thrown crosses the boundary.
 */
export function createDispatcher(handlers: OperationHandlers, options: DispatcherOptions = {}): Dispatch {
  const isTrusted = options.isTrusted ?? ((sender: SenderInfo) => isTrustedSender(sender));
  const log = options.log ?? (() => undefined);
  return async (sender, operation, payload) => {
    if (!isTrusted(sender)) {
      log(`refused a message from an untrusted sender (${sender.isMainFrame ? 'main frame' : 'subframe'} ${sender.url})`);
      return fail('forbidden-sender', 'Messages are accepted only from the app window.');
    }
    if (!isOperationName(operation)) return fail('unknown-operation', `Unknown operation: ${String(operation)}`);
    const parsed = requestSchemas[operation].safeParse(payload);
    if (!parsed.success) {
      return fail('invalid-payload', `The ${operation} request was not valid.`, zodFieldErrors(parsed.error));
    }
    try {
      const handler = handlers[operation] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      log(`operation ${operation} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
