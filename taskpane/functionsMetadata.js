/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// functions.json as Office should read it. custom-functions-metadata writes
// `allowCustomDataForDataTypeAny: true` whatever the source says; Jixiao uses no data types, and
// Office 2021 volume-licensed builds without the data-types runtime are reported to answer #VALUE!
// when the flag is on. This plugin writes it false after the metadata plugin has emitted the file.

/** The metadata text with the data-type flag off, every other byte's meaning unchanged. */
function withoutDataTypes(json) {
  const metadata = JSON.parse(json);
  metadata.allowCustomDataForDataTypeAny = false;
  return JSON.stringify(metadata, null, 4);
}

class NoDataTypesPlugin {
  constructor(file = "functions.json") {
    this.file = file;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("JixiaoNoDataTypes", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "JixiaoNoDataTypes", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.file);
          if (asset)
            compilation.updateAsset(
              this.file,
              new sources.RawSource(withoutDataTypes(asset.source.source().toString())),
            );
        },
      );
    });
  }
}

module.exports = { withoutDataTypes, NoDataTypesPlugin };
