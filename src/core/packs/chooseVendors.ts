/**
 * The vendors packs are made for: those named (ignoring case and surrounding spaces), each once,
 * in the master's order; every vendor when no names are given. The CLI's --vendors and the
 * pane's ticked vendors both come here.
 */
import { folded } from '../template/listNames';
import type { VendorColumn } from '../validation/workbookModel';

export function chooseVendors(vendors: readonly VendorColumn[], names: readonly string[] | undefined): { chosen: VendorColumn[]; unknown: string[] } {
  if (names === undefined) return { chosen: [...vendors], unknown: [] };
  const wanted = names.filter((name) => name.trim() !== '');
  const unknown = wanted.filter((name) => !vendors.some((v) => folded(v.name) === folded(name)));
  const chosen = vendors.filter((v) => wanted.some((name) => folded(name) === folded(v.name)));
  return { chosen, unknown };
}
