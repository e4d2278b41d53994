function lamportOrder(
  n: number,
  events: (string | number)[][],
): { timestamps: number[]; order: number[] } {
  // Stamp every event, then sort the indices by (timestamp, process id).
  return { timestamps: [], order: [] }
}
