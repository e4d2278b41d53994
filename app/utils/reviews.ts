import { type ReviewRating } from '#db/schema'

export type { ReviewRating }

/** Recall ratings in the order the review form offers them (they map to ts-fsrs grades 1–4). */
export const reviewRatings: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy']

export const reviewRatingLabels: Record<ReviewRating, string> = {
  again: 'Again — I could not solve it',
  hard: 'Hard — solved, with real effort',
  good: 'Good — solved after some thought',
  easy: 'Easy — solved straight away',
}

/** The end of the UTC day containing `now`: "due today" means due before this instant. */
export function endOfDay(now: number) {
  const day = 86_400_000
  return Math.floor(now / day) * day + day
}
