/**
 * The shape a translation must have: exactly the keys of the English table (nested tables key by key),
 * any text. Each `*.zh-CN.ts` message module `satisfies SameKeys<typeof en>`, so a key missing or extra
 * in either language is a compile error.
 */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
