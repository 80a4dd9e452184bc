/** A platform's own verdict on a text: its count, and whether the platform would accept it. */
export interface Measure {
  length: number;
  within: boolean;
}

/** Counts a candidate text the way one platform does, against that platform's limit. */
export interface Counter {
  readonly limit: number;
  measure(text: string): Measure;
}
