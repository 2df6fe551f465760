// Reading the catalogues in tests: nested keys as dotted paths, as i18next resolves them.

/** A catalogue as JSON: strings, or nested groups of them. */
export type Tree = { [key: string]: string | Tree };

/** Flattens nested keys to dotted paths (i18next's default key separator). */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** True when `key` resolves in a flattened catalogue, directly or as a plural family. */
export function hasKey(flat: Map<string, string>, key: string): boolean {
  return flat.has(key) || flat.has(`${key}_other`);
}
