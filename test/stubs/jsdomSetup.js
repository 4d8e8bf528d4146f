// jsdom lacks the layout observers Fluent UI components call; they observe nothing in tests.
if (typeof window !== "undefined") {
  class Observer {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  window.ResizeObserver = window.ResizeObserver || Observer;
  window.IntersectionObserver = window.IntersectionObserver || Observer;
}
// jsdom's window has no structuredClone; the app clones JSON templates only.
if (typeof globalThis.structuredClone === "undefined") {
  globalThis.structuredClone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
}
// Lazy tabs and dialogs can take more than the default second on a loaded CI machine.
if (typeof window !== "undefined") {
  require("@testing-library/dom").configure({ asyncUtilTimeout: 5000 });
}
// jsdom lacks TextDecoder and TextEncoder, which every browser the page supports has (the .xlsx reader uses them).
if (typeof globalThis.TextDecoder === "undefined") {
  const util = require("util");
  globalThis.TextDecoder = util.TextDecoder;
  globalThis.TextEncoder = util.TextEncoder;
}
