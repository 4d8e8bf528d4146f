// ESLint 9 flat config (run from the project root: npm run lint).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "**/*.js",
      "**/*.mjs",
      "**/*.generated.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + "/.." } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The core knows nothing of Office, React or Node (DEVELOPERS.md: dependencies point inward).
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/xlsx/**"],
    rules: {
      // exceljs only in src/xlsx, the one adapter that turns the layout model into .xlsx and back.
      "no-restricted-imports": [
        "error",
        { patterns: ["fs", "path", "child_process", "os", "react", "react-dom", "@fluentui/*", "node:*", "exceljs"] },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions", "process", "window", "document"],
    },
  },
);
