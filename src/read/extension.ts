/** The extension a name ends with, lower-case with its dot, or '' (`.tar.gz` counts as `.gz`; `.profile` has none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
