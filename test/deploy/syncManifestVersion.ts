import * as fs from "fs";
import * as path from "path";

/* `npm version` runs this (package.json "version" script): the manifest's <Version> follows
 * package.json, so that Office never keeps a new release's functions cached behind an old version. */

const ROOT = path.join(__dirname, "../..");

/** package.json's "1.2.3" as the manifest's four-part "1.2.3.0". */
export function manifestVersionOf(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`版本号应为 x.y.z / the version must be x.y.z: ${packageVersion}`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The manifest text with its <Version> replaced. */
export function withManifestVersion(xml: string, packageVersion: string): string {
  if (!/<Version>[^<]*<\/Version>/.test(xml))
    throw new Error("manifest.xml 没有 <Version> / manifest.xml has no <Version>");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersionOf(packageVersion)}</Version>`);
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const file = path.join(ROOT, "manifest.xml");
  fs.writeFileSync(file, withManifestVersion(fs.readFileSync(file, "utf8"), pkg.version));
  console.log(`manifest.xml <Version> ${manifestVersionOf(pkg.version)}`);
}
