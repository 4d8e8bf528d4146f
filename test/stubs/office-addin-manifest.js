// office-addin-mock imports office-addin-manifest only for this enum; the real module pulls in an
// ESM-only dependency that jest cannot load (ENGINEERING.md).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
