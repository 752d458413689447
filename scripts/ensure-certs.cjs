// Development HTTPS for `npm start`: the certificates office-addin-dev-certs keeps in
// ~/.office-addin-dev-certs. When they are missing we run its installer, which creates them in
// JavaScript and then tries to trust the CA (that step needs sudo/admin and may fail; the
// files are all the dev server needs).
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

function missingFiles() {
  return Object.values(FILES).filter((name) => !existsSync(join(CERT_DIR, name)));
}

function ensureDevCerts() {
  if (missingFiles().length > 0) {
    console.log(`Creating development certificates in ${CERT_DIR} (npx office-addin-dev-certs install) ...`);
    const run = spawnSync('npx', ['--no-install', 'office-addin-dev-certs', 'install'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (run.error) throw run.error;
    const missing = missingFiles();
    if (missing.length > 0) {
      throw new Error(`office-addin-dev-certs did not create ${missing.join(', ')} in ${CERT_DIR}`);
    }
  }
  return {
    ca: readFileSync(join(CERT_DIR, FILES.ca)),
    cert: readFileSync(join(CERT_DIR, FILES.cert)),
    key: readFileSync(join(CERT_DIR, FILES.key)),
  };
}

function trustInstructions() {
  const ca = join(CERT_DIR, FILES.ca);
  return [
    'Trust the development CA once, so Excel and your browser accept https://localhost:3000:',
    `  Windows:  npx office-addin-dev-certs install   (run as yourself; accept the prompt)`,
    `  macOS:    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "${ca}"`,
    `  Linux:    sudo cp "${ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    `            Chrome/Edge on Linux also read ~/.pki/nssdb: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n office-addin-dev-ca -i "${ca}"`,
  ].join('\n');
}

function sideloadInstructions(manifestPath) {
  return [
    `Sideload ${manifestPath}:`,
    '  Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload my add-in, choose manifest.xml.',
    '  Excel on Windows: share a folder holding manifest.xml, add its \\\\machine\\share path under File > Options >',
    '    Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel, then',
    '    Home > Add-ins > More add-ins > Shared Folder > Vendor Compare.',
    '  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (create it if',
    '    needed), restart Excel, then Home > Add-ins > My Add-ins > Vendor Compare.',
    'Then choose Home > Vendor Compare to open the pane.',
  ].join('\n');
}

module.exports = { CERT_DIR, ensureDevCerts, trustInstructions, sideloadInstructions };
