// Builds the strict fake Excel (test/fakes/excel/browser.ts) into dist/fake-excel/fake-office.js:
// one self-contained script a test page loads in place of office.js (see test/fakes/README.md).
const path = require("path");

module.exports = {
  mode: "production",
  entry: { "fake-office": "./test/fakes/excel/browser.ts" },
  output: { path: path.join(__dirname, "dist", "fake-excel"), filename: "[name].js", clean: true },
  devtool: false,
  target: ["web", "es2020"],
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{
      test: /\.ts$/,
      exclude: /node_modules/,
      loader: "ts-loader",
      options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
    }],
  },
  performance: { hints: false },
};
