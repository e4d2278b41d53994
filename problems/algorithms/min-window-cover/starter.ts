function shortestStretch(aisle: string, order: string): string {
  // Shortest (then leftmost) substring of aisle containing every code of order, with repeats.
  // Return "" if there is none.
  return ''
}
