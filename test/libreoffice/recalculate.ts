/**
 * Recalculates .xlsx files with LibreOffice Calc headless, a second formula engine independent
 * of HyperFormula. A throw-away profile sets OOXMLRecalcMode to 0 ("always"), so LibreOffice
 * recomputes every formula instead of trusting cached values.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function findSoffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [candidate], { stdio: 'pipe' });
      return candidate;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Convert `files` with LibreOffice headless in one start, to `target` (a --convert-to argument such
 * as "pdf" or "xlsx:Calc MS Excel 2007 XML"), with the throw-away profile that forces a full
 * recalculation; returns the paths of the converted copies in `outDir` (the profile is removed).
 */
export function convertWithLibreOffice(files: string[], target: string, extension: string, outDir: string): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
  const profile = mkdtempSync(join(tmpdir(), 'vc-lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    mkdirSync(outDir, { recursive: true });
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${extension}`)));
}

/**
 * Recalculate `files` in one LibreOffice start; returns the paths of the recalculated copies,
 * written to `outDir` (default: a new folder beside the first file, so removing the caller's
 * temporary folder removes them too).
 */
export function recalculate(files: string[], outDir: string = mkdtempSync(join(files[0] ? dirname(files[0]) : tmpdir(), 'vc-lo-out-'))): string[] {
  return convertWithLibreOffice(files, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', outDir);
}
