/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
// Where `npm start` on Linux notes the dev server's process, so that `npm stop` ends that one and no other.
const os = require("os");
const path = require("path");

function devServerPidFile(port) {
  return path.join(os.tmpdir(), `jixiao-dev-server-${port}.pid`);
}

module.exports = { devServerPidFile };
