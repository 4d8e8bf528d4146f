/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// Builds the WPS 加载项 into dist/wps/: index.html (the page WPS loads; it runs main.js, the ribbon callbacks),
// ribbon.xml, taskpane.html (the same pane with the WPS gateway), images/, help.html, manifest.xml,
// jsplugins.xml (online, for an intranet server) and offline/ (the folder an offline package is made of).
// Self-contained: no chunk is shared with the Excel build, so the folder can be copied anywhere.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = path.join(__dirname, "..", "..");
const NAME = "jixiao";

/** The address where dist/wps/ is served for online deployment: http(s), ending in "/". */
function wpsUrl(url) {
  if (!/^https?:\/\/[^/]+/.test(url))
    throw new Error(`JIXIAO_WPS_URL 必须是 http(s) 地址 / JIXIAO_WPS_URL must be an http(s) address: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

const xmlEscape = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The text files WPS reads besides the pages, by their path in dist/wps/. */
function addinFiles(version, url) {
  const folder = `${NAME}_${version}`;
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return {
    "manifest.xml": `${head}<JsPlugin>\n  <ApiVersion>1.0.0</ApiVersion>\n  <Name>${NAME}</Name>\n  <Description>绩效评价助手 / budget performance evaluation</Description>\n</JsPlugin>\n`,
    // Online: WPS loads the add-in from the server each time (JSPluginsServer in oem.ini points here).
    "jsplugins.xml": `${head}<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${xmlEscape(url)}" version="${version}"/>\n</jsplugins>\n`,
    // Offline, served: WPS downloads the .7z once (made from offline/${folder}/ by `wpsjs publish` or 7z).
    "offline/jsplugins.xml": `${head}<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${xmlEscape(url)}${folder}.7z" version="${version}"/>\n</jsplugins>\n`,
    // Offline, one machine: offline/${folder}/ copied into the jsaddons folder, with this entry in its publish.xml.
    "offline/publish.xml": `${head}<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
  };
}

/** Emits the XML files and a copy of every page, script and picture under offline/<name>_<version>/. */
class WpsPackagePlugin {
  constructor(version, url) {
    this.version = version;
    this.url = url;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WpsPackagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WpsPackagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const folder = `offline/${NAME}_${this.version}/`;
          for (const [file, source] of Object.entries(assets))
            if (!file.startsWith("offline/")) compilation.emitAsset(folder + file, source);
          for (const [file, text] of Object.entries(addinFiles(this.version, this.url)))
            compilation.emitAsset(file, new sources.RawSource(text));
          compilation.emitAsset(
            `${folder}manifest.xml`,
            new sources.RawSource(addinFiles(this.version, this.url)["manifest.xml"]),
          );
        },
      );
    });
  }
}

module.exports = (env, options) => {
  const version = require(path.join(root, "package.json")).version;
  const url = wpsUrl(process.env.JIXIAO_WPS_URL || `http://127.0.0.1:3889/${NAME}/`);
  return {
    name: "wps",
    dependencies: ["main"], // after the Excel build, whose output.clean would otherwise remove dist/wps/
    context: root,
    mode: options.mode,
    devtool: false,
    entry: { main: "./taskpane/wps/ribbon.ts", taskpane: "./taskpane/wps/pane.tsx" },
    output: {
      path: path.join(root, "dist", "wps"),
      clean: true,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Blocking, in the head: the ribbon callbacks exist before WPS reads ribbon.xml and calls them.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./wps/index.html",
        chunks: ["main"],
        scriptLoading: "blocking",
        inject: "head",
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./wps/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*.png", to: "images/[name][ext]" },
          { from: "taskpane/help.html", to: "help.html" },
          // The functions' help for the 函数 page, made by the Excel build that runs first.
          { from: "dist/functions.json", to: "functions.json", noErrorOnMissing: true },
        ],
      }),
      new WpsPackagePlugin(version, url),
    ],
  };
};

module.exports.addinFiles = addinFiles;
