/**
 * Bad input to the dataset build: a missing or empty report, a duplicate id, an alias two
 * actors claim, a curated excerpt that is not in the report it cites, an unknown unit...
 * The message names the file, the entry and the reason, so a failed build says what to fix.
 */
export class DatasetError extends Error {
  /**
   * @param file the input file, relative to the project root (`src/dataset/curated/actors.json`)
   * @param entry which entry of the file (`actors[3] (id "kremlin")`), or `-` for the whole file
   * @param reason what is wrong with it
   */
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${file}: ${entry}: ${reason}`);
    this.name = 'DatasetError';
  }
}
