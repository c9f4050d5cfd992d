// Types for dist-output.mjs, so tests/unit/scripts can import it under the strict node tsconfig.
export declare const SUGGESTED_BINARIES_MIRROR: string;
export declare function cleanBuilderLine(line: string): string | null;
export declare function classifyBuilderFailure(output: string | null | undefined): 'download' | 'other';
export declare function failedHost(output: string | null | undefined): string | null;
export declare function formatBuilderFailure(output: string | null | undefined, options?: { platform?: string }): string;
