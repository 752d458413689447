/**
 * File names for the packs, one per vendor: what Windows, macOS and Linux all accept, so a
 * folder of packs can be zipped and opened anywhere. Letters of any script are kept.
 */

/** Device names Windows refuses as a file name, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** What Windows forbids in a file name, and control characters (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/** Leaves room for " (n)" and ".xlsx" within the 255 bytes most file systems allow (UTF-8: up to 4 bytes a character). */
const MAX_LENGTH = 60;

function cleaned(vendor: string): string {
  // Characters Windows forbids, control characters, and no leading dot (a hidden file) or trailing dot or space.
  let name = vendor.normalize('NFC').replace(FORBIDDEN, '_').trim();
  name = name.replace(/^\.+/, (dots) => '_'.repeat(dots.length)).replace(/[. ]+$/, '');
  name = [...name].slice(0, MAX_LENGTH).join('').trim();
  if (name === '') return 'vendor';
  return RESERVED.test(name.split('.')[0]!.trim()) ? `_${name}` : name;
}

/** "<vendor>.xlsx" per vendor, in order; names that clean to the same one (ignoring case) get " (2)", " (3)"... */
export function packFileNames(vendors: readonly string[]): string[] {
  const taken = new Set<string>();
  return vendors.map((vendor) => {
    const base = cleaned(vendor);
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLocaleLowerCase());
    return `${name}.xlsx`;
  });
}
