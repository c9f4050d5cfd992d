/*
 * File names for the document vault. The main process copies a picked file into the plan's data folder;
 * these pure rules decide the names, so a name can never carry a path out of that folder and the same
 * rules hold on Windows, macOS and Linux.
 */

// Characters Windows refuses in names, plus both path separators; control characters are handled apart.
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_FILE_NAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 16;
const FALLBACK_NAME = 'file';

/** The last path segment of whatever the person picked, whichever separator their system uses. */
function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot > MAX_EXTENSION_LENGTH + 1) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

/**
 * A display name safe to store and to use as a suggested name when saving: path removed, reserved and
 * control characters replaced, trailing dots and spaces trimmed (Windows drops them silently), device
 * names such as CON avoided, length capped while keeping the extension.
 */
export function sanitizeFileName(name: string): string {
  let result = baseName(name.normalize('NFC'))
    .replace(CONTROL_CHARACTERS, '')
    .replace(RESERVED_CHARACTERS, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (result === '' || /^\.+$/.test(result)) result = FALLBACK_NAME;
  if (WINDOWS_DEVICE_NAMES.test(result)) result = `_${result}`;
  if ([...result].length > MAX_FILE_NAME_LENGTH) {
    const { stem, extension } = splitExtension(result);
    const keep = MAX_FILE_NAME_LENGTH - [...extension].length;
    result = [...stem].slice(0, keep).join('').trimEnd() + extension;
  }
  return result;
}

export function isSanitizedFileName(name: string): boolean {
  return name !== '' && sanitizeFileName(name) === name;
}

const STORED_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(\.[A-Za-z0-9]{1,16})?$/;

/** Stored names are ASCII, start with a letter or digit, contain at most one dot, and so no "..". */
export function isSafeStoredName(name: string): boolean {
  return STORED_NAME_PATTERN.test(name) && !WINDOWS_DEVICE_NAMES.test(name);
}

/**
 * The name a copy gets inside the data folder: the attachment's id plus the original's extension when
 * that extension is plain ASCII. Built from the id so two files called "scan.pdf" never collide.
 */
export function storedNameFor(attachmentId: string, fileName: string): string {
  const safeId = attachmentId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 100);
  const isUsable = /^[A-Za-z0-9]/.test(safeId) && !WINDOWS_DEVICE_NAMES.test(safeId);
  const stem = isUsable ? safeId : `f-${safeId}`.slice(0, 100);
  const { extension } = splitExtension(sanitizeFileName(fileName));
  const cleanExtension = /^\.[A-Za-z0-9]{1,16}$/.test(extension) ? extension.toLowerCase() : '';
  return `${stem}${cleanExtension}`;
}
