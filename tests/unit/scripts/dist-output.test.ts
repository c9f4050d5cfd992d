import fs from 'node:fs';
import path from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';
import {
  SUGGESTED_BINARIES_MIRROR,
  classifyBuilderFailure,
  cleanBuilderLine,
  failedHost,
  formatBuilderFailure,
} from '../../../scripts/lib/dist-output.mjs';
import { SUGGESTED_MIRROR } from '../../../scripts/lib/electron-binary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

// What electron-builder 26 printed (on stdout) on this project's offline machines.
const OFFLINE_OUTPUT = `  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=release/linux-unpacked
  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/work/main/node_modules/got/dist/source/core/index.js:970:111)
    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)
`;

describe('cleanBuilderLine', () => {
  it('keeps progress and the error summary, drops the stack', () => {
    const shown = OFFLINE_OUTPUT.trimEnd().split('\n').map(cleanBuilderLine).filter((line) => line !== null);
    expect(shown).toEqual([
      '  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=release/linux-unpacked',
      '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build',
    ]);
  });
});

describe('classifyBuilderFailure and failedHost', () => {
  it('recognises a failed download and names the host', () => {
    expect(classifyBuilderFailure(OFFLINE_OUTPUT)).toBe('download');
    expect(failedHost(OFFLINE_OUTPUT)).toBe('github.com');
    expect(classifyBuilderFailure('HTTPError: Response code 404 (Not Found) for https://mirror.test/x.zip')).toBe('download');
    expect(failedHost('HTTPError: Response code 404 (Not Found) for https://mirror.test/x.zip')).toBe('mirror.test');
  });

  it('leaves other failures alone', () => {
    expect(classifyBuilderFailure('  ⨯ Application entry file "out/main/index.js" does not exist')).toBe('other');
    expect(failedHost('no host here')).toBeNull();
  });
});

describe('formatBuilderFailure', () => {
  it('explains a download failure with both mirrors, without a stack trace', () => {
    const message = formatBuilderFailure(OFFLINE_OUTPUT, { platform: 'linux' });
    expect(message).toContain('could not download what it packages with (from github.com)');
    expect(message).toContain(`ELECTRON_MIRROR=${SUGGESTED_MIRROR}`);
    expect(message).toContain(`ELECTRON_BUILDER_BINARIES_MIRROR=${SUGGESTED_BINARIES_MIRROR}`);
    expect(message).toContain('PLANNER_DEBUG=1 npm run dist');
    expect(message.split('\n').some((line) => /^\s+at\s/.test(line))).toBe(false);
  });

  it('uses PowerShell syntax on Windows', () => {
    expect(formatBuilderFailure(OFFLINE_OUTPUT, { platform: 'win32' })).toContain(`$env:ELECTRON_MIRROR="${SUGGESTED_MIRROR}"`);
  });

  it('points at the log for other failures', () => {
    expect(formatBuilderFailure('  ⨯ something else', { platform: 'linux' })).toContain('stopped with the error shown above');
  });
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation, with the fuses and no publishing', async () => {
    const config = await getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.publish).toBeNull();
    // getConfig normalises the file list into one filter set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
  });

  it('rejects a misspelt fuse, so the check above has teeth', async () => {
    const config = await getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });
});

describe('assets', () => {
  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string) {
    const header = fs.readFileSync(file).subarray(0, 24);
    expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [header.readUInt32BE(16), header.readUInt32BE(20)];
  }

  it('has the icons electron-builder.yml points at, at their stated sizes', () => {
    expect(pngSize(path.join(projectRoot, 'assets', 'icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(projectRoot, 'assets', 'icons', `${size}x${size}.png`))).toEqual([size, size]);
    }
  });
});
