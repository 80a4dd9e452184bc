/**
 * Small counts as a pattern's source: digits, or two to ten and twelve in English, German, French and Spanish. What
 * a recap counts its talks in and an audit its findings in (teaser/recap.ts, teaser/audit-result.ts); each adds the
 * words of the languages it was seen in. Tried with `.test`, so the order of the alternatives does not matter.
 */
export const SMALL_COUNTS =
  '\\p{N}+|two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez';
