import type { CorpusEntry } from "./types";
import { entry as t01 } from "./t01-guangdong-2022-jiuzhu";
import { entry as t02 } from "./t02-meizhou-2021-minzheng";
import { entry as t03 } from "./t03-meizhou-2021-zongfen";
import { entry as t04 } from "./t04-zhanjiang-2022-dibao";
import { entry as t05 } from "./t05-dazhou-department-template";
import { entry as t06 } from "./t06-agri-development-indicators";
import { entry as t07 } from "./t07-customs-clearance-relative-weights";

/** Every transcribed real scoring table (评分表) of the corpus, in id order. */
export const tables: CorpusEntry[] = [t01, t02, t03, t04, t05, t06, t07];
