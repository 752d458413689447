/** Fill {name} placeholders. Its own module: the pane's first bundle needs it, not the catalogues. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
