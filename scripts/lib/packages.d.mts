export interface ExportConditions {
  'plaza-source'?: string;
  types?: string;
  default?: string;
}

export interface PackageJson {
  name: string;
  private?: boolean;
  exports?: Record<string, string | ExportConditions>;
  /** Private `#name` imports; conditions may nest (`development` around its own targets). */
  imports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The repository root. */
export const ROOT: string;
export const PACKAGES_DIR: string;
/** The parsed package.json in `dir`. */
export function readPackageJson(dir: string): PackageJson;
/** Directories under packages/ that have a package.json, with it parsed. */
export function listPackages(packagesDir?: string): Array<{ dir: string; pkg: PackageJson }>;
/** A package's source entry points: [subpath, conditions] for each export with "plaza-source". */
export function sourceExports(pkg: PackageJson): Array<[string, ExportConditions]>;
/** Every "plaza-source" target of a package's `imports`, nested conditions included. */
export function sourceImports(pkg: PackageJson): string[];
/** A package's element entry points (source plaza-<tag>.ts). */
export function elementExports(
  pkg: PackageJson,
): Array<{ tag: string; subpath: string; target: ExportConditions }>;
