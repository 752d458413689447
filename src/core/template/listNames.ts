/** Names in a list the template keeps one of each (vendors, evaluators): compared ignoring case
 * and surrounding spaces, and refused when blank, too long, taken or one too many. */
export const folded = (name: string) => name.trim().toLocaleLowerCase();

/** Why an in-place change of a list (vendors, evaluators) is not made, whatever the list. */
export type ListChangeRefusal =
  { reason: 'layout' } | { reason: 'moved'; names: string[] } | { reason: 'missing'; names: string[] } | ListNameRefusal;

export type ListNameRefusal =
  { reason: 'blankName' } | { reason: 'nameTooLong'; max: number } | { reason: 'duplicate'; name: string } | { reason: 'tooMany'; max: number };

export function refuseListName(name: string, existing: readonly string[], limits: { maxLength: number; maxCount: number }): ListNameRefusal | null {
  const trimmed = name.trim();
  if (!trimmed) return { reason: 'blankName' };
  if ([...trimmed].length > limits.maxLength) return { reason: 'nameTooLong', max: limits.maxLength };
  if (existing.some((n) => folded(n) === folded(trimmed))) return { reason: 'duplicate', name: trimmed };
  if (existing.length >= limits.maxCount) return { reason: 'tooMany', max: limits.maxCount };
  return null;
}
