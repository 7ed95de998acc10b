// Flat config: TypeScript everywhere; src/core stays pure (no host, no I/O library).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const noSyncInLoop = require("./eslint-rules/no-sync-in-loop");

const hostModules = [
  "exceljs", "react", "react-dom", "react/*", "@fluentui/*", "@microsoft/office-js",
  "fs", "path", "os", "child_process", "stream", "zlib", "fflate", "saxes", "commander",
];

// A spread into a call puts every element on the stack: over an array that grows with the data it
// overflows at about 125,000 elements. Use maxOf/minOf/appendAll from src/core/collections.
const noSpreadIntoCalls = [
  { selector: "CallExpression[callee.object.name='Math'] > SpreadElement", message: "No spread into Math.min/max: use maxOf/minOf (src/core/collections)." },
  { selector: "CallExpression[callee.property.name=/^(push|unshift|apply|fromCharCode|fromCodePoint)$/] > SpreadElement", message: "No spread into push/unshift/fromCharCode: use appendAll (src/core/collections) or a loop." },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", ".bench/**", ".scratch*/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The task pane's fallback: a plain browser script parsed as ES5 (catch needs its binding there).
    files: ["src/taskpane/fallback/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser, ANBIAO_FALLBACK_MESSAGES: "readonly" } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "test/**/*.ts", "test/**/*.tsx", "scripts/**/*.ts"],
    plugins: { anbiao: { rules: { "no-sync-in-loop": noSyncInLoop } } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "anbiao/no-sync-in-loop": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "scripts/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...noSpreadIntoCalls] },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", {
        paths: hostModules.filter((m) => !m.includes("*")).map((name) => ({ name, message: "src/core is pure: no host, DOM, Node or file library imports." })),
        patterns: [
          { group: ["node:*"], message: "src/core is pure: no Node built-ins." },
          { group: ["react/*", "@fluentui/*"], message: "src/core is pure: no UI imports." },
          { group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**"], message: "src/core never imports an adapter." },
        ],
      }],
      "no-restricted-globals": ["error",
        { name: "Office", message: "src/core is host-free: no Office global." },
        { name: "Excel", message: "src/core is host-free: no Excel global." },
        { name: "window", message: "src/core is host-free: no DOM." },
        { name: "document", message: "src/core is host-free: no DOM." },
        { name: "process", message: "src/core is host-free: no Node process." },
        { name: "require", message: "src/core is host-free: no require." },
      ],
      "no-restricted-syntax": ["error",
        ...noSpreadIntoCalls,
        { selector: "MemberExpression[object.name='Office']", message: "src/core is host-free: no Office global." },
        { selector: "MemberExpression[object.name='Excel']", message: "src/core is host-free: no Excel global." },
      ],
    },
  },
);
