/// Levenshtein distance over Unicode scalars, with a cap so hopeless pairs stop early.
struct EditDistance {
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance between `a` and `b`, or `cap + 1` once it must exceed `cap`.
    mutating func distance(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, cap: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > cap { return cap + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        if previous.count < m + 1 {
            previous = [Int](repeating: 0, count: m + 1)
            current = previous
        }
        for j in 0...m { previous[j] = j }
        let a0 = a.startIndex, b0 = b.startIndex
        for i in 1...n {
            current[0] = i
            var rowMin = i
            let ai = a[a0 + i - 1]
            for j in 1...m {
                let substitution = previous[j - 1] + (ai == b[b0 + j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                current[j] = value
                if value < rowMin { rowMin = value }
            }
            if rowMin > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[m]
    }
}
