/**
 * The files each command can write. Kept apart from the renderers so the command line can check its
 * flags without loading them.
 */
export const OUTPUT_FORMATS = ["json", "md", "xlsx", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const DIFF_FORMATS = ["json", "md", "xlsx", "html"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
