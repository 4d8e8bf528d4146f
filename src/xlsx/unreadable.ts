/** Why a file cannot be read, in the words a person needs: Chinese, then English. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} ${en}`);
  }
}
