import { isAbsolute, resolve } from 'node:path';

/** Tests and portable installs point the app at another data folder; everyone else gets userData. */
export const DATA_DIR_ENV = 'RELOCATION_PLANNER_DATA_DIR';
export const DATA_DIR_FLAG = '--data-dir';

export function resolveDataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string | null {
  let fromFlag: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) fromFlag = arg.slice(DATA_DIR_FLAG.length + 1);
    else if (arg === DATA_DIR_FLAG && argv[i + 1]) fromFlag = argv[i + 1] ?? null;
  }
  const chosen = fromFlag ?? env[DATA_DIR_ENV] ?? null;
  if (!chosen || !chosen.trim()) return null;
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}
