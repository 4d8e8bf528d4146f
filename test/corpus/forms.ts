import type { CorpusEntry } from "./types";
import { entry as f01 } from "./f01-jishan-2020-medical";
import { entry as f02 } from "./f02-zhongjiang-2022-water";
import { entry as f03 } from "./f03-yongde-2022-nutrition";
import { entry as f04 } from "./f04-shangwu-2020-services-trade";
import { entry as f05 } from "./f05-baoshan-2022-veterans";
import { entry as f06 } from "./f06-qingshen-2023-salaries";
import { entry as f07 } from "./f07-tianchang-2022-flood";
import { entry as f08 } from "./f08-tangxi-2022-commission-fragment";
import { entry as f09 } from "./f09-linxiang-2023-wildlife-fragment";
import { entry as f10 } from "./f10-hexi-2023-farming-fragment";
import { entry as g01 } from "./g01-hengshan-2020-grain";
import { entry as g02 } from "./g02-yueyang-2022-farmland";
import { entry as g03 } from "./g03-city-2020-epidemic-cleaning";
import { entry as g04 } from "./g04-daying-2020-consumer-campaign";

/** Every transcribed real self-evaluation form (f…) and goal table (g…) of the corpus, in id order. */
export const forms: CorpusEntry[] = [f01, f02, f03, f04, f05, f06, f07, g01, g02, g03, g04];

/**
 * Forms whose stored copy ends before the form does (the 满意度 block and the total are missing). They carry no total and
 * are kept apart from `forms`: read them for their funds blocks, units and layout, never for a total.
 */
export const partialForms: CorpusEntry[] = [f08, f09, f10];
