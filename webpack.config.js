// Builds the task pane (src/taskpane) into dist/web/: taskpane.html + bundle, commands.html (the
// ribbon's function file), office.js and the Excel files it loads (served from the add-in's own
// origin, no CDN), and assets/icons. `npm run build:web` = production; `npm start` = dev server on
// https://localhost:3000 for sideloading (http if no trusted certificate can be made).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { fallbackScript } = require("./build/fallback-script");
const { SingleFilePlugin } = require("./build/single-file-plugin");

const OUTPUT_DIR = path.join(__dirname, "dist", "web");
/** Content-hashed bundles go under js/, so a web server can cache that one folder for a year (README, deployment). */
const HASHED_DIR = "js";
/** Shown in the pane's footer; `npm run release` stamps the 4-part release version over it. */
const { version: PACKAGE_VERSION } = require("./package.json");
const SINGLE_FILE_DIR = path.join(__dirname, "dist");
const OFFICE_JS_DIR = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const DEV_PORT = 3000;

/**
 * The office.js files this add-in serves. office.js loads, relative to its own URL: the host file
 * <host>-<platform>-<version>.js (e.g. excel-web-16.00.js, excel-win32-16.01.js), the
 * o15apptofilemappingtable.js table (also in a plain browser), and <ui-locale>/office_strings.js
 * with en-us as its fallback. Telemetry (telemetry/, ariatelemetry/), debug builds and other
 * hosts (Word, Outlook …) are left out; office.js turns its telemetry off when oteljs is absent.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel*.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
];

/** https options from office-addin-dev-certs (creating and trusting them if needed), or plain http. */
async function devServerProtocol() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (err) {
    const reason = String(err && err.message ? err.message : err).split("\n")[0];
    console.warn(
      `[anbiao] no trusted localhost certificate (${reason}); serving http://localhost:${DEV_PORT}/ instead.\n` +
        "[anbiao] Excel only loads https add-ins: run `npx office-addin-dev-certs install`, then `npm start` again.",
    );
    return "http";
  }
}

/** TypeScript through ts-loader, and the small PNG icons as data: URLs (so the single file needs no image files). */
function moduleRules() {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      loader: "ts-loader",
      options: {
        // `npm run typecheck` type-checks; the bundle only needs transpiling. ES modules let
        // webpack tree-shake Fluent UI.
        transpileOnly: true,
        compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
      },
    },
    { test: /\.png$/, type: "asset/inline" },
  ];
}

/**
 * dist/anbiao.html: the standalone page and its reading worker in one self-contained file. Async
 * chunks are off so ExcelJS and the package writer are inside the page script (a file:// page has
 * nowhere to load a chunk from).
 */
function singleFileConfig(fallback, production) {
  return {
    name: "single-file",
    mode: production ? "production" : "development",
    entry: {
      anbiao: "./src/taskpane/index.tsx",
      "read-worker": "./src/taskpane/file/read-worker.ts",
    },
    output: { path: SINGLE_FILE_DIR, filename: "single-file-[name].js", asyncChunks: false, clean: false },
    devtool: false,
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: { rules: moduleRules() },
    plugins: [
      new webpack.DefinePlugin({ ANBIAO_SINGLE_FILE: "true" }),
      new SingleFilePlugin({
        template: path.join(__dirname, "src/taskpane/anbiao.html"),
        filename: "anbiao.html",
        page: "anbiao",
        worker: "read-worker",
        workerId: "anbiao-read-worker",
        head: `<script>${fallback}</script>`,
      }),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const fallback = fallbackScript(__dirname);
  const pane = {
    name: "pane",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: OUTPUT_DIR,
      filename: production ? `${HASHED_DIR}/[name].[contenthash:8].js` : "[name].js",
      // Lazy chunks (ExcelJS, the package writer, the reading worker) have only numeric ids: one
      // letters-only name and their content hash keep them distinct and cacheable under js/.
      chunkFilename: production ? `${HASHED_DIR}/chunk.[contenthash:8].js` : "[name].js",
      // dist/ also holds the CLI build (dist/cli, dist/core, dist/xlsx): clean only dist/web.
      clean: true,
    },
    devtool: production ? "source-map" : "eval-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: { rules: moduleRules() },
    plugins: [
      new webpack.DefinePlugin({ ANBIAO_SINGLE_FILE: "false" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { version: PACKAGE_VERSION, fallbackScript: fallback },
      }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "src/taskpane/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_JS_FILES.map((from) => ({
            from,
            context: OFFICE_JS_DIR,
            to: path.posix.join("office-js", path.posix.dirname(from), "[name][ext]"),
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true }, // shipped minified by Microsoft: copy as is, do not re-minify
          })),
          { from: "assets/icons", to: "assets/icons" },
        ],
      }),
    ],
    performance: {
      // office.js host files are copied, not bundled; the React + Fluent bundle is ~0.5 MB and
      // loads from localhost or the intranet.
      hints: false,
    },
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost", // loopback only: the sideloaded manifest points at https://localhost:3000
          port: DEV_PORT,
          server: await devServerProtocol(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
  // The dev server serves the pane only; production builds also write the single file.
  return env.WEBPACK_SERVE ? pane : [pane, singleFileConfig(fallback, production)];
};
