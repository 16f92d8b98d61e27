/// Every name key as Unicode scalars, grouped by length, for nearest-name searches; built the
/// first time a name is not found.
struct SuggestionIndex: Sendable {
    /// Scalars of all keys, back to back, ordered by key length.
    let scalars: [UInt32]
    /// Start of each key in `scalars`; one more entry than keys.
    let offsets: [Int]
    /// city-names.tsv row of each key.
    let rows: [Int]
    /// First key of each length: keys of length `l` are `byLength[l]..<byLength[l + 1]`.
    let byLength: [Int]
    /// Airport codes (IATA and ICAO) as scalars, with their airports.tsv rows.
    let codes: [(code: [UInt32], row: Int)]

    /// Builds the index from the loaded tables.
    init(names: TSVTable, airportRows: [String: Int]) {
        var keys: [(scalars: [UInt32], row: Int)] = []
        keys.reserveCapacity(names.count)
        for row in 0..<names.count {
            let key = String(decoding: names.bytes[names.firstField(row)], as: UTF8.self)
            keys.append((key.unicodeScalars.map(\.value), row))
        }
        keys.sort { $0.scalars.count != $1.scalars.count ? $0.scalars.count < $1.scalars.count : $0.row < $1.row }
        var scalars: [UInt32] = [], offsets: [Int] = [], rows: [Int] = []
        let longest = keys.last?.scalars.count ?? 0
        var byLength = [Int](repeating: 0, count: longest + 2)
        var length = 0
        for (index, key) in keys.enumerated() {
            while length < key.scalars.count {
                length += 1
                byLength[length] = index
            }
            offsets.append(scalars.count)
            scalars.append(contentsOf: key.scalars)
            rows.append(key.row)
        }
        offsets.append(scalars.count)
        while length < longest + 1 {
            length += 1
            byLength[length] = keys.count
        }
        self.scalars = scalars
        self.offsets = offsets
        self.rows = rows
        self.byLength = byLength
        self.codes = airportRows.sorted { $0.key < $1.key }.map { (Array($0.key.unicodeScalars.map(\.value)), $0.value) }
    }

    /// The largest distance worth suggesting for a key of `length` scalars.
    static func allowance(forLength length: Int) -> Int {
        length <= 3 ? 1 : (length <= 7 ? 2 : 3)
    }

    /// Name rows within the allowance of `query`, with their distances.
    func nearNames(_ query: [UInt32]) -> [(distance: Int, row: Int)] {
        let cap = SuggestionIndex.allowance(forLength: query.count)
        var found: [(Int, Int)] = []
        var editor = EditDistance()
        let q = query[...]
        let lowest = max(1, query.count - cap), highest = min(byLength.count - 2, query.count + cap)
        guard lowest <= highest else { return [] }
        for length in lowest...highest {
            for k in byLength[length]..<byLength[length + 1] {
                let d = editor.distance(q, scalars[offsets[k]..<offsets[k + 1]], cap: cap)
                if d <= cap { found.append((d, rows[k])) }
            }
        }
        return found
    }

    /// Airport rows whose code is within one edit of `query` (upper case).
    func nearCodes(_ query: [UInt32]) -> [(distance: Int, row: Int)] {
        var editor = EditDistance()
        return codes.compactMap { entry in
            let d = editor.distance(query[...], entry.code[...], cap: 1)
            return d <= 1 ? (d, entry.row) : nil
        }
    }
}
