/// Words to find in short names, matched scalar by scalar.
///
/// Foundation's `range(of:)` compares canonically equivalent forms and goes through CFString,
/// which made guessing the kind of body behind every host name a fifth of `tripwright schedule`.
/// In a plain text (`isPlain`: no combining marks, no scalar that composes with another or has a
/// canonical decomposition that NFC applies) every scalar is a character of its own and canonical
/// equivalence is scalar equality, so matching scalars finds exactly what Foundation finds there.
/// Callers keep Foundation's search for texts that are not plain.
struct WordList {
    /// The words, as scalars.
    let words: [[Unicode.Scalar]]
    /// Indexes into `words` by first scalar.
    private let byFirst: [UInt32: [Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }
        var byFirst: [UInt32: [Int]] = [:]
        for (k, word) in self.words.enumerated() {
            if let first = word.first { byFirst[first.value, default: []].append(k) }
        }
        self.byFirst = byFirst
    }

    /// Calls `body(word, start, end)` for every occurrence of every word in `text` (scalar
    /// offsets, `end` past the last scalar), by start, then by word order.
    func forEachMatch(in text: [Unicode.Scalar], _ body: (Int, Int, Int) -> Void) {
        for start in text.indices {
            guard let candidates = byFirst[text[start].value] else { continue }
            for k in candidates {
                let word = words[k]
                guard start + word.count <= text.count else { continue }
                var j = 1
                while j < word.count, text[start + j] == word[j] { j += 1 }
                if j == word.count { body(k, start, start + word.count) }
            }
        }
    }

    /// The first occurrence of `word` in `text` at or after `from`, as a scalar range.
    static func firstRange(of word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int = 0) -> Range<Int>? {
        guard !word.isEmpty, word.count <= text.count else { return nil }
        var start = from
        while start + word.count <= text.count {
            var j = 0
            while j < word.count, text[start + j] == word[j] { j += 1 }
            if j == word.count { return start..<(start + word.count) }
            start += 1
        }
        return nil
    }

    /// True when every scalar stands alone as a character and is its own canonical form: ASCII
    /// and Latin-1 to Latin Extended and IPA (below the combining marks at U+0300), general
    /// punctuation, CJK punctuation without its combining tone marks, kana without the combining
    /// sound marks, CJK ideographs (not the compatibility ones, which NFC maps to others), Hangul
    /// syllables (not the conjoining jamo) and full-width forms.
    static func isPlain(_ text: [Unicode.Scalar]) -> Bool {
        text.allSatisfy { s in
            switch s.value {
            case 0x0000...0x02FF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
                0x3040...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
                0xFF00...0xFFEF:
                true
            default: false
            }
        }
    }

    /// The scalars of `text` in lower case, when lowering its case only changes ASCII letters
    /// and the result is plain: ASCII, punctuation, CJK, kana, Hangul syllables and full-width
    /// forms other than the capitals (`caselessPlain`). Nil for any other text, which the
    /// caller lowers with `lowercased()` (slow for CJK text: it looks up every scalar's mapping).
    static func folded(_ text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard isCaselessPlain(s) else { return nil }
            out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 0x20)) : s)
        }
        return out
    }

    /// True for a plain scalar (`isPlain`) whose lower case is itself, or an ASCII capital.
    static func isCaselessPlain(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0000...0x007F, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
            0x3040...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0xFF00...0xFF20, 0xFF3B...0xFFEF:
            true
        default: false
        }
    }

    /// True when the scalar, as a character of its own, is a letter (`Character.isLetter`).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        Character(s).isLetter
    }
}
