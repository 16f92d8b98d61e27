/// Every name key as Unicode scalars, grouped by length, for nearest-name searches; built the
/// first time a name is not found.
struct SuggestionIndex: Sendable {
    /// Scalars of all keys, back to back, ordered by key length.
    let scalars: [UInt32]
    /// Start of each key in `scalars`; one more entry than keys.
    let offsets: [Int]
    /// city-names.tsv record of each key.
    let records: [Int]
    /// First key of each length: keys of length `l` are `byLength[l]..<byLength[l + 1]`.
    let byLength: [Int]
    /// Airport codes (IATA and ICAO) as scalars, with their airports.tsv records.
    let codes: [(code: [UInt32], record: Int)]

    /// Builds the index from the loaded tables.
    init(names: TSVTable, airports: TSVTable) {
        // Decode every key once, then place keys by length (a counting sort keeps row order).
        var decoded: [UInt32] = []
        var decodedStart: [Int] = []
        let starts = names.recordStarts
        decoded.reserveCapacity(names.bytes.count / 2)
        decodedStart.reserveCapacity(starts.count + 1)
        for start in starts {
            decodedStart.append(decoded.count)
            let field = names.firstField(at: start)
            var iterator = names.bytes[field].makeIterator()
            var utf8 = UTF8()
            decoding: while true {
                switch utf8.decode(&iterator) {
                case .scalarValue(let scalar): decoded.append(scalar.value)
                case .emptyInput, .error: break decoding
                }
            }
        }
        decodedStart.append(decoded.count)
        let lengths = (0..<starts.count).map { decodedStart[$0 + 1] - decodedStart[$0] }
        let longest = lengths.max() ?? 0
        var byLength = [Int](repeating: 0, count: longest + 2)
        for length in lengths { byLength[length + 1] += 1 }
        for length in 1..<byLength.count { byLength[length] += byLength[length - 1] }
        var slot = byLength
        var order = [Int](repeating: 0, count: starts.count)
        for row in 0..<starts.count {
            order[slot[lengths[row]]] = row
            slot[lengths[row]] += 1
        }
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(decoded.count)
        offsets.reserveCapacity(starts.count + 1)
        for row in order {
            offsets.append(scalars.count)
            scalars.append(contentsOf: decoded[decodedStart[row]..<decodedStart[row + 1]])
        }
        offsets.append(scalars.count)
        self.scalars = scalars
        self.offsets = offsets
        self.records = order.map { starts[$0] }
        self.byLength = byLength
        var codes: [(code: [UInt32], record: Int)] = []
        for start in airports.recordStarts {
            for column in 0...1 {
                guard let range = airports.field(column, at: start), !range.isEmpty else { continue }
                codes.append((airports.bytes[range].map { UInt32($0) }, start))
            }
        }
        self.codes = codes
    }

    /// The largest distance worth suggesting for a key of `length` scalars.
    static func allowance(forLength length: Int) -> Int {
        length <= 3 ? 1 : (length <= 7 ? 2 : 3)
    }

    /// Name records within the allowance of `query`, with their distances.
    func nearNames(_ query: [UInt32]) -> [(distance: Int, record: Int)] {
        let cap = SuggestionIndex.allowance(forLength: query.count)
        var found: [(Int, Int)] = []
        var editor = EditDistance()
        let q = query[...]
        let lowest = max(1, query.count - cap)
        let highest = min(byLength.count - 2, query.count + cap)
        guard lowest <= highest else { return [] }
        for length in lowest...highest {
            for k in byLength[length]..<byLength[length + 1] {
                let d = editor.distance(q, scalars[offsets[k]..<offsets[k + 1]], cap: cap)
                if d <= cap { found.append((d, records[k])) }
            }
        }
        return found
    }

    /// Airport codes within one edit of `query` (upper case), with their records.
    func nearCodes(_ query: [UInt32]) -> [(distance: Int, record: Int, code: String)] {
        var editor = EditDistance()
        return codes.compactMap { entry in
            let d = editor.distance(query[...], entry.code[...], cap: 1)
            guard d <= 1 else { return nil }
            let code = String(String.UnicodeScalarView(entry.code.compactMap(Unicode.Scalar.init)))
            return (d, entry.record, code)
        }
    }
}
