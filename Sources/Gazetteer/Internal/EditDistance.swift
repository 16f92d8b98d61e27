/// Edit distance over Unicode scalars: insertions, deletions, substitutions and swaps of two
/// neighbours (optimal string alignment), each costing one, since typing swaps letters
/// (`Fukuoak`). A cap lets hopeless pairs stop early.
struct EditDistance {
    private var beforePrevious: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance between `a` and `b`, or `cap + 1` once it must exceed `cap`.
    mutating func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, cap: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > cap { return cap + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        if previous.count < m + 1 {
            previous = [Int](repeating: 0, count: m + 1)
            current = previous
            beforePrevious = previous
        }
        for j in 0...m { previous[j] = j }
        let a0 = a.startIndex
        let b0 = b.startIndex
        for i in 1...n {
            current[0] = i
            var rowMin = i
            let ai = a[a0 + i - 1]
            for j in 1...m {
                let bj = b[b0 + j - 1]
                var value = min(previous[j - 1] + (ai == bj ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && ai == b[b0 + j - 2] && a[a0 + i - 2] == bj {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                if value < rowMin { rowMin = value }
            }
            if rowMin > cap { return cap + 1 }
            // Rotate the rows: current becomes previous, previous becomes the one before.
            swap(&beforePrevious, &previous)
            swap(&previous, &current)
        }
        return previous[m]
    }
}
