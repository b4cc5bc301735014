#!/usr/bin/env node
// The `privacy-notice` command; the code is compiled to lib/ by `npm run build:lib`.
import {main} from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
