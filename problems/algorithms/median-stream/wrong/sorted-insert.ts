// expect: time_limit
// Keeps a sorted array and inserts each number by shifting larger ones right: findMedian is O(1),
// but addNum is O(n): 20 000 falling numbers cost 200 million shifts.
class RunningMedian {
  private sorted: number[] = []

  addNum(num: number): void {
    const a = this.sorted
    let i = a.length
    a.push(num)
    while (i > 0 && a[i - 1] > num) {
      a[i] = a[i - 1]
      i--
    }
    a[i] = num
  }

  findMedian(): number {
    const a = this.sorted
    const mid = a.length >> 1
    return a.length % 2 === 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2
  }
}
