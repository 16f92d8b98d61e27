/// Suggests the known names nearest to a misspelt one (edit distance over Unicode characters).
public enum NearestNames {
    /// Up to `limit` names within a distance that grows with the name's length, nearest first.
    public static func nearest(to text: String, among names: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(text.lowercased())
        let allowance = max(2, target.count / 2)
        var scored: [(Int, String)] = []
        for name in names {
            let d = distance(target, Array(name.lowercased()), cap: allowance)
            if d <= allowance { scored.append((d, name)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.1).inserted ? $0.1 : nil }.prefix(limit).map { $0 }
    }

    /// Levenshtein distance, giving up (returning `cap + 1`) once it must exceed `cap`.
    public static func distance(_ a: [Character], _ b: [Character], cap: Int) -> Int {
        if abs(a.count - b.count) > cap { return cap + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
