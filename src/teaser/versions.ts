/**
 * How a title or a sentence writes a software version, for the modules that tell a release, a patch or a fix by it.
 * Each pattern is named for what it recognises; its edges are what the module that needs it could not do without.
 */

/**
 * A dotted version at a word's start («4.3», «v2026.3.0», «0.8.17»), in a title or beside «fixed in»: what follows is
 * free, since Korean and Japanese write their particles right after it («Vite 4.3이 출시되었습니다!»), and a date with a
 * hyphen («2026-03») is none.
 */
export const DOTTED_VERSION = /(?<![\p{L}\p{N}.])v?\p{N}+\.\p{N}+/u;

/**
 * A dotted version standing as a word, or joined to its name by a hyphen («0.3.0», «v1.25», «CoreDNS-1.12.4»: dev10's
 * «CoreDNS-1.12.4 Release» was a thin title of two words, and «This release improves…» led without the name): not a
 * year nor a code («A03:2021»). A colon or a comma may close it: «الإعلان عن Gin 1.12.0: دعم BSON…» is a release's title
 * (dev13).
 */
export const VERSION_WORD = /(?<![^\s-])[vV]?\p{N}+(?:\.\p{N}+)+(?![^\s:：,，!！?？)）])/u;

/**
 * A version that announces a release («Ruby 3.4.0», «Version 4.2.2 veröffentlicht», «v2.1»). Without a «v», three
 * numbers, since two («2.0») may be a web's or a standard's, and a major of three digits at most, since four are a
 * year («KCL Newsletter (2024.11.01 - 2024.11-14)» is dated: dev12 wore 🎉), and no year last after a day and a
 * month («3.4.2025»).
 */
export const RELEASE_VERSION =
  /(?:^|[\s(])(?:v\d+\.\d+|(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.]))\d{1,3}\.\d+\.\d+)(?:\.\d+)*(?=$|[^\p{L}\p{N}.])/iu;

/**
 * A patch release's version: a third number of 1 or more past a major of 1 or more («Istio 1.28.1», «Nim version
 * 2.0.8», «CoreDNS-1.12.4»). Under 0.x the third number is what a minor is elsewhere (Solidity 0.8.19 brings
 * operators, Kitex v0.15.1 a new API), and a major of four digits is a year (Misskey v2026.3.0).
 */
export const PATCH_VERSION = /(?<![\p{L}\p{N}.])v?[1-9]\d{0,2}\.\d{1,3}\.[1-9]\d{0,2}(?![\p{N}.])/u;

/**
 * A short version right after a name or a word («Vite 2.0», «Foo v1.4», «bar-3.1.2»): numbers of three digits at
 * most, so that a date («3.4.2025») is none.
 */
export const NAMED_VERSION = /[\p{L}\p{N}][\s-]v?\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?![\p{N}.])/u;

/**
 * A product's name and its version, each captured («Webpack 5», «Knative v1.22», «Go 1.25»): a word that opens with a
 * letter, then a number with or without dots, whole. A year is one too («since 2018»): the caller drops it.
 */
export const PRODUCT_AND_VERSION =
  /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}+#]*)[\s-]v?(\p{N}+(?:\.\p{N}+)*)(?![\p{N}]|\.\p{N})/gu;

/**
 * A capitalised product and its dotted version, to show as the title's subject («Istio 1.28.1»): a lower-case word
 * before a number is the sentence's («version 1.2»), not a name.
 */
export const CAPITALISED_PRODUCT_VERSION = /\p{Lu}[\p{L}\p{N}+#-]*\s+v?\p{N}+(?:\.\p{N}+)+/u;

/**
 * A major version on its own («Wails v2 Beta»): a «v» and a number standing as a word, which a title numbers a
 * release by and nobody follows as a tag.
 */
export const MAJOR_VERSION = /(?<![\p{L}\p{N}])v\d+(?![\p{L}\p{N}])/iu;
