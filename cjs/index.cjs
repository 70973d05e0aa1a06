// The CommonJS entry of dtogen, an ES module. Node 20.19 and later load an ES module with
// require() when it has no top-level await, as dtogen's library has none: this re-exports it.
// Older Node versions cannot; they get a message saying what to do instead.
'use strict';

try {
  module.exports = require('../dist/index.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM') {
    throw new Error("dtogen is an ES module: require('dtogen') needs Node 20.19 or later; elsewhere use `const dtogen = await import('dtogen')`");
  }
  throw error;
}
