// Installs Plaza the way an agency would before it is published: `npm pack` of every package in
// this tree, then those tarballs installed into a copy of consumers/ beside its own locked
// third-party dependencies. Nothing is linked to the workspace.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, cwd) {
  execFileSync(npm, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Packs the workspace's packages and installs them into `scratch` (a copy of consumers/).
 * A second copy of @plaza/i18n is installed under another name, `plaza-i18n-copy`, as a bundler
 * does when two versions drift: the apps prove an override made through one copy still reaches
 * the elements, which read the other.
 * @param {{ repo: string, consumers: string, scratch: string }} paths
 * @returns {string[]} the tarball file names
 */
export function installFromTarballs({ repo, consumers, scratch }) {
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  run(['pack', '--workspaces', '--pack-destination', tarballs, '--silent'], repo);
  const files = readdirSync(tarballs).filter((name) => name.endsWith('.tgz'));

  for (const name of ['package.json', 'package-lock.json', 'apps']) {
    cpSync(join(consumers, name), join(scratch, name), { recursive: true });
  }
  run(['ci', '--no-audit', '--no-fund', '--loglevel=error'], scratch);
  const i18n = files.find((name) => name.startsWith('plaza-i18n-'));
  run(
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...files.map((name) => `./tarballs/${name}`),
      `plaza-i18n-copy@file:./tarballs/${i18n}`,
    ],
    scratch,
  );
  return files;
}
