import { Refused } from "../messages";

/** Why a file cannot be read, in the words a person needs: Chinese, then English (`UnreadableWorkbook.because(reason, …)`). */
export class UnreadableWorkbook extends Refused {}
