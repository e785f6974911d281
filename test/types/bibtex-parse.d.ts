// bibtex-parse 2.1 ships no types; this declares the one function the build tests use.
declare module "bibtex-parse" {
  /**
   * One object per entry: `key` and `type` as written, then each field under its name upper-cased
   * (`TITLE`, `URL`, …) with braces stripped and @string macros expanded.
   */
  export interface BibtexEntry {
    key: string;
    type: string;
    [field: string]: string | number | null;
  }
  export function entries(bibtex: string, options?: Record<string, unknown>): BibtexEntry[];
}
