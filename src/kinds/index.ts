import type { DocumentKind } from "./kind";
import { FORM_KIND } from "./form";
import { PANEL_KIND } from "./panel";
import { SURVEY_KIND } from "./survey";
import { TABLE_KIND } from "./table";

/** Every document kind, each with its folder under src/kinds/. A new kind is one folder and one line here. */
export const KINDS: readonly DocumentKind[] = [TABLE_KIND, FORM_KIND, SURVEY_KIND, PANEL_KIND];
