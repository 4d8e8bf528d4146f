// Browser tests: the built page (dist/) in Debian's Chromium through playwright-core.
module.exports = {
  rootDir: "../..",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testEnvironment: "node",
  testTimeout: 120000,
};
