/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// Builds the task pane, the custom functions (one shared runtime) and the browser page into dist/.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { NoDataTypesPlugin } = require("./functionsMetadata");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const webpack = require("webpack");

const root = path.join(__dirname, "..");
const urlDev = "https://localhost:3000/";
// Set JIXIAO_URL to the https address where dist/ is hosted; the manifest in dist/ then points there.
const urlProd = hostingUrl(process.env.JIXIAO_URL || "https://localhost:3000/");

/** The hosting address as the manifest needs it: https, ending in "/". */
function hostingUrl(url) {
  if (!/^https:\/\/[^/]+/.test(url))
    throw new Error(`JIXIAO_URL 必须是 https 地址 / JIXIAO_URL must be an https address: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    // Linux: the certificates are made but the CA cannot be installed without sudo. Serve https with them
    // anyway (trust ~/.office-addin-dev-certs/ca.crt by hand for Excel on the web); plain http if there are none.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (n) => path.join(dir, n);
    if (["localhost.key", "localhost.crt", "ca.crt"].every((n) => fs.existsSync(file(n)))) {
      console.warn(
        `[jixiao] 开发证书的根证书未安装：请手动信任 ${file("ca.crt")}。The dev CA is not installed: trust ${file("ca.crt")} by hand. (${e.message})`,
      );
      return {
        type: "https",
        options: {
          key: fs.readFileSync(file("localhost.key")),
          cert: fs.readFileSync(file("localhost.crt")),
          ca: fs.readFileSync(file("ca.crt")),
        },
      };
    }
    console.warn(
      `[jixiao] 无法生成开发证书，改用 http（仅浏览器页面可用）。Dev certificates unavailable, serving http: ${e.message}`,
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // The 函数 page's help is built into the bundle, so the browser page works opened from disk (file://, no fetch).
  const metadata = await generateCustomFunctionsMetadata(path.join(root, "functions/functions.ts"));
  if (metadata.errors.length) throw new Error(`functions.ts: ${metadata.errors.join("; ")}`);
  return {
    context: root,
    devtool: dev || process.env.JIXIAO_SOURCEMAP ? "source-map" : false,
    entry: {
      taskpane: "./taskpane/index.tsx",
      functions: "./functions/functions.ts",
    },
    output: {
      path: path.join(root, "dist"),
      clean: { keep: /^jx\// },
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
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
    // The core (decimal.js, the rules) is shared by the task pane and the custom functions: one copy.
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, priority: 20, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
      new NoDataTypesPlugin("functions.json"),
      new webpack.DefinePlugin({ __JIXIAO_FUNCTIONS__: metadata.metadataJson }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./taskpane/index.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "taskpane/help.html", to: "help.html" }, // SupportUrl and LearnMoreUrl of the manifest
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // URLs move to JIXIAO_URL; the AppDomain (an origin, no path) to its origin.
            transform: (content) =>
              dev
                ? content
                : content
                    .toString()
                    .replace(new RegExp(urlDev, "g"), urlProd)
                    .replace(new RegExp(urlDev.slice(0, -1), "g"), new URL(urlProd).origin),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_BUILD
      ? undefined
      : {
          static: { directory: path.join(root, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions(),
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          hot: false,
          open: false,
        },
  };
};

// ---- WPS 加载项 (dist/wps/): a second, self-contained build after this one; see taskpane/wps/webpack.wps.js ----
const excelConfig = module.exports;
module.exports = async (env, options) => {
  const main = { ...(await excelConfig(env, options)), name: "main" };
  return env.WEBPACK_BUILD ? [main, require("./wps/webpack.wps")(env, options)] : main;
};
