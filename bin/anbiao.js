#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ after `npm run build:cli`.
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("anbiao: not built yet — run `npm run build:cli` first.\n");
  process.exit(2);
}
const cli = require(entry);
cli.capNursery();
cli.main(process.argv).then((code) => { process.exitCode = code; });
