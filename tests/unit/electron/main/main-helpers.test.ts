import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDirOverride } from '../../../../electron/main/data-dir';
import { isAllowedRequestUrl } from '../../../../electron/main/request-policy';
import { resolveInside } from '../../../../electron/main/resolve-inside';

describe('data folder override', () => {
  it('prefers the flag, then the environment variable, else none', () => {
    expect(resolveDataDirOverride(['app', '--data-dir=/tmp/a'], { RELOCATION_PLANNER_DATA_DIR: '/tmp/b' }, '/')).toBe('/tmp/a');
    expect(resolveDataDirOverride(['app', '--data-dir', '/tmp/c'], {}, '/')).toBe('/tmp/c');
    expect(resolveDataDirOverride(['app'], { RELOCATION_PLANNER_DATA_DIR: '/tmp/b' }, '/')).toBe('/tmp/b');
    expect(resolveDataDirOverride(['app'], {}, '/')).toBeNull();
    expect(resolveDataDirOverride(['app', '--data-dir=portable'], {}, '/home/x')).toBe(join('/home/x', 'portable'));
  });
});

describe('app protocol file resolution', () => {
  const root = '/opt/app/renderer';
  it('serves files inside the renderer folder only', () => {
    expect(resolveInside(root, '/index.html')).toBe('/opt/app/renderer/index.html');
    expect(resolveInside(root, '/')).toBe('/opt/app/renderer/index.html');
    expect(resolveInside(root, '/assets/a.js')).toBe('/opt/app/renderer/assets/a.js');
    expect(resolveInside(root, '/../main/index.js')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/a%00.js')).toBeNull();
  });
});

describe('request policy', () => {
  it('lets only the app origin and inline data through', () => {
    expect(isAllowedRequestUrl('app://planner/index.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/')).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('app://evil/index.html')).toBe(false);
  });
});
