// Types for electron-binary.mjs, so tests/unit/scripts can import it under the strict node tsconfig.
export declare const SUGGESTED_MIRROR: string;
export type Env = Record<string, string | undefined>;
export type DownloadFailureKind = 'network' | 'http' | 'checksum' | 'unsupported-platform' | 'unknown';
export declare function getPlatformPath(platform: string): string | null;
export declare function resolveInstallPlatform(env: Env, hostPlatform: string): string;
export declare function readElectronVersion(electronDir: string): string | null;
export declare function isElectronInstalled(electronDir: string, options?: { env?: Env; platform?: string }): boolean;
export declare function hasUsableElectron(electronDir: string, options?: { env?: Env; platform?: string }): boolean;
export declare function classifyDownloadFailure(output: string | null | undefined): DownloadFailureKind;
export declare function firstErrorLine(output: string | null | undefined): string;
export declare function formatDownloadFailure(
  failure: { output?: string | null } | null | undefined,
  options?: { platform?: string; env?: Env; version?: string | null },
): string;
export declare function formatMissingDependencies(): string;
export declare function previewArgs(extraArgs: readonly string[]): string[];
export declare function exitCodeFor(code: number | null, signal: string | null): number;
