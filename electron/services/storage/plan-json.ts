/**
 * The plan file's bytes (compact JSON, UTF-8), with the bytes of its large frozen parts remembered: the
 * store freezes each document it accepts (plan-store.ts) and a save shares every unchanged part with the
 * document before it (check-plan.ts), so a save stringifies and encodes little more than what changed, and
 * copies the rest. The bytes are exactly those of JSON.stringify's text (a unit test holds it to that).
 *
 * Bytes rather than strings: joining the remembered texts of a large plan cost more than JSON.stringify of
 * the whole (V8 copies two-byte strings slowly), and the write needs UTF-8 bytes anyway.
 */
const bytesOf = new WeakMap<object, Buffer>();

/**
 * Levels put together from their parts (the document, its sections, their elements); deeper parts are
 * stringified whole. Deeper assembly costs more than JSON.stringify saves.
 */
const ASSEMBLED_LEVELS = 3;
/**
 * Only parts this long are remembered (sections, offers, checklists): a WeakMap with an entry per study-log
 * entry made each garbage collection slower than stringifying them again.
 */
const REMEMBERED_CHARS = 1024;

type Chunk = string | Buffer;

export function planJsonBytes(document: object, suffix = ''): Buffer {
  const chunks: Chunk[] = [];
  if (!collect(document, ASSEMBLED_LEVELS, chunks)) chunks.push('null');
  if (suffix) chunks.push(suffix);
  return concatChunks(chunks, 0);
}

/** Pushes the JSON of `value` onto `chunks`; false when it has none (undefined), as JSON.stringify omits it. */
function collect(value: unknown, levels: number, chunks: Chunk[]): boolean {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    chunks.push(text);
    return true;
  }
  const known = bytesOf.get(value);
  if (known) {
    chunks.push(known);
    return true;
  }
  const start = chunks.length;
  if (levels === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    chunks.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    chunks.push('[');
    for (let index = 0; index < value.length; index++) {
      if (index > 0) chunks.push(',');
      // As JSON.stringify: an element with no JSON form (undefined) is written as null.
      if (!collect(value[index], levels - 1, chunks)) chunks.push('null');
    }
    chunks.push(']');
  } else {
    chunks.push('{');
    let isFirst = true;
    for (const key of Object.keys(value)) {
      const mark = chunks.length;
      chunks.push(`${isFirst ? '' : ','}${JSON.stringify(key)}:`);
      // As JSON.stringify: a key whose value has no JSON form (undefined) is left out.
      if (collect((value as Record<string, unknown>)[key], levels - 1, chunks)) isFirst = false;
      else chunks.length = mark;
    }
    chunks.push('}');
  }
  // Only a frozen object can be trusted to still read the same at the next save.
  if (Object.isFrozen(value) && lengthOf(chunks, start) >= REMEMBERED_CHARS) {
    const bytes = concatChunks(chunks, start);
    chunks.length = start;
    chunks.push(bytes);
    bytesOf.set(value, bytes);
  }
  return true;
}

function lengthOf(chunks: readonly Chunk[], start: number): number {
  let length = 0;
  for (let index = start; index < chunks.length; index++) length += chunks[index]!.length;
  return length;
}

/** The chunks from `start` on as one buffer; runs of strings are joined first and encoded once. */
function concatChunks(chunks: readonly Chunk[], start: number): Buffer {
  const buffers: Buffer[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) buffers.push(Buffer.from(run.join(''), 'utf8'));
    run = [];
  };
  for (let index = start; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    if (typeof chunk === 'string') run.push(chunk);
    else {
      flush();
      buffers.push(chunk);
    }
  }
  flush();
  return buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
}
