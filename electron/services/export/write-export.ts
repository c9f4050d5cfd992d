import { writeFileDurably } from '../storage/durable-write';

/** Exports (PDFs, CSV) go where the person chose in the save dialog, written the same durable way as the plan. */
export async function writeExport(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileDurably(path, data);
}
