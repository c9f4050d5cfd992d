/** Feature message tables are flat ("a.b": text) or nested ({ a: { b: text } }); i18n here uses flat keys. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

export function flattenMessages(tree: MessageTree, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else flattenMessages(value, path, into);
  }
  return into;
}
