/**
 * ROC AUC as the probability that a random positive scores above a random negative, ties
 * counting one half (the Mann–Whitney U statistic with mid-ranks). O(n log n).
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length)
    throw new Error('rocAuc: scores and labels differ in length');
  const idx = scores.map((_, i) => i).sort((x, y) => scores[x]! - scores[y]!);
  let pos = 0;
  let neg = 0;
  let rankSumPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    // Ranks i+1..j+1 share the mid-rank.
    const mid = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k]!]) {
        pos++;
        rankSumPos += mid;
      } else neg++;
    }
    i = j + 1;
  }
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
