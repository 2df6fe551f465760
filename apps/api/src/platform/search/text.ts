import snowball from 'snowball-stemmers';
import { isArabic, normaliseForSearch } from '../../../../../packages/shared/src/index.ts';

const arabic = snowball.newStemmer('arabic');
const english = snowball.newStemmer('english');

/**
 * The conjunctions و and ف glue onto the article: والمدارس = و + المدارس. Neither snowball
 * stemmer (ours nor PostgreSQL's) strips them, so we do before stemming, on both sides.
 */
function splitConjunction(token: string): string {
  return /^[وف]ال/.test(token) && token.length > 4 ? token.slice(1) : token;
}

/** Normalised words, with the Arabic conjunction prefix split off (no stemming). */
export function searchWords(text: string): string[] {
  return normaliseForSearch(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => (isArabic(w) ? splitConjunction(w) : w));
}

/** Stems one normalised word with the stemmer of its script. */
export function stem(word: string): string {
  return isArabic(word) ? arabic.stem(word) : english.stem(word);
}

/** Normalised, stemmed tokens: the indexing form on SQLite (FTS5). */
export function searchTokens(text: string): string[] {
  return searchWords(text).map(stem).filter((t) => t.length > 0);
}

/** The text PostgreSQL's `arabic`/`english` configurations receive: normalised, not stemmed. */
export function normalisedText(text: string): string {
  return searchWords(text).join(' ');
}
