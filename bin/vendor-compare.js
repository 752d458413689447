#!/usr/bin/env node
'use strict';
// The CLI is TypeScript compiled to dist-cli/ by `npm run build:cli` (run by `npm ci` through
// the prepare script). This shim only loads it.
const path = require('path');

const entry = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    process.stderr.write('vendor-compare is not built yet: run `npm run build:cli` in its folder.\n');
    process.exit(1);
  }
  throw error;
}
cli.main(require('../package.json').version);
