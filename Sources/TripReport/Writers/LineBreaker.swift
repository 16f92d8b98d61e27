import Foundation

/// Breaks a short centred text (a cover line) into lines that fit a width, where a reader
/// expects: after punctuation first, then between names, never inside a name the data holds
/// (熊本, not 熊/本), never inside a Latin word, and never before a closing or after an opening
/// mark. Writers put explicit line breaks between the lines, so LibreOffice and Word, which
/// break CJK text between any two characters, keep the words whole.
struct LineBreaker {
    /// Names that must stay on one line (longest first is fine; order does not matter).
    var names: [String]

    /// Width of a character in ems of the text's size: 1 for CJK and full-width forms, about
    /// half for Latin letters and digits (Times: 0.5 on average; kept generous, bold is wider).
    static func width(_ ch: Character) -> Double {
        guard let scalar = ch.unicodeScalars.first else { return 0 }
        if ch == " " { return 0.25 }
        if scalar.properties.isWhitespace { return 0.25 }
        if isWide(scalar) { return 1 }
        if ch.isUppercase { return 0.7 }
        return 0.55
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// Marks a line may end with but never start with.
    static let closing: Set<Character> = Set("、，。；：！？）」』》〉】〕,.;:!?)]}”’")
    /// Marks a line may start with but never end with.
    static let opening: Set<Character> = Set("（「『《〈【〔([{“‘")
    /// Words that join phrases (及、與、之、對、赴…): a line may well start with one, as titles
    /// are usually set (…發展 / 之實質效益…), rather than break inside the phrase around them.
    static let joiners: Set<Character> = Set("及與和暨並之對於赴至在以為")

    /// The text cut into lines of at most `capacity` ems (the text's own width when it fits).
    func lines(_ text: String, capacity: Double) -> [String] {
        let chars = Array(text)
        let n = chars.count
        let widths = chars.map(LineBreaker.width)
        guard n > 1, widths.reduce(0, +) > capacity else { return [text] }
        let cost = breakCosts(chars)
        // best[i]: the cheapest way to set chars[0..<i] as whole lines ending with a break at i.
        var best = [Double](repeating: .infinity, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for end in 1...n {
            let breakCost = end == n ? 0 : cost[end]
            guard breakCost.isFinite else { continue }
            var width = 0.0
            var start = end
            while start > 0 {
                width += widths[start - 1]
                start -= 1
                let line = trimmedWidth(chars, widths, start, end, width)
                if line > capacity { break }
                guard best[start].isFinite else { continue }
                // Fewer lines first, then better break places, then even line lengths.
                let slack = end == n ? 0 : (capacity - line) / capacity
                let total = best[start] + 1000 + breakCost * 20 + slack * slack * 10
                if total < best[end] {
                    best[end] = total
                    from[end] = start
                }
            }
        }
        guard best[n].isFinite else { return fallback(chars, widths, capacity) }
        var cuts: [Int] = []
        var i = n
        while i > 0 {
            cuts.append(i)
            i = from[i]
        }
        var out: [String] = []
        var start = 0
        for cut in cuts.reversed() {
            let line = String(chars[start..<cut]).trimmingCharacters(in: .whitespaces)
            if !line.isEmpty { out.append(line) }
            start = cut
        }
        return out
    }

    /// The cost of breaking before `chars[i]`, for every i (infinite where forbidden).
    func breakCosts(_ chars: [Character]) -> [Double] {
        let n = chars.count
        var cost = [Double](repeating: 4, count: n + 1)
        cost[0] = .infinity
        cost[n] = 0
        var inside = [Bool](repeating: false, count: n + 1)
        var edge = [Bool](repeating: false, count: n + 1)
        let text = chars
        for name in names where !name.isEmpty {
            let word = Array(name)
            guard word.count <= n else { continue }
            var i = 0
            while i + word.count <= n {
                if Array(text[i..<(i + word.count)]) == word {
                    edge[i] = true
                    edge[i + word.count] = true
                    for k in (i + 1)..<(i + word.count) { inside[k] = true }
                }
                i += 1
            }
        }
        for i in 1..<n {
            let before = chars[i - 1]
            let after = chars[i]
            if LineBreaker.closing.contains(after) || LineBreaker.opening.contains(before) {
                cost[i] = .infinity
            } else if inside[i] {
                // Dearer than a line more: a name is split only when it is longer than a line.
                cost[i] = 100
            } else if isLatinWordChar(before), isLatinWordChar(after) {
                cost[i] = .infinity
            } else if LineBreaker.closing.contains(before) || before == " " || LineBreaker.opening.contains(after) {
                cost[i] = 0
            } else if after == " " {
                cost[i] = 0.5
            } else if edge[i] {
                cost[i] = 1
            } else if LineBreaker.joiners.contains(after) {
                cost[i] = 1.5
            }
        }
        return cost
    }

    private func isLatinWordChar(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first else { return false }
        return !LineBreaker.isWide(s) && (ch.isLetter || ch.isNumber || ch == "-" || ch == "'")
    }

    private func trimmedWidth(_ chars: [Character], _ widths: [Double], _ start: Int, _ end: Int, _ width: Double) -> Double {
        var w = width
        var i = start
        while i < end, chars[i] == " " {
            w -= widths[i]
            i += 1
        }
        var j = end - 1
        while j >= i, chars[j] == " " {
            w -= widths[j]
            j -= 1
        }
        return w
    }

    /// When no break fits (a name longer than a line): fill each line greedily.
    private func fallback(_ chars: [Character], _ widths: [Double], _ capacity: Double) -> [String] {
        var out: [String] = []
        var line = ""
        var width = 0.0
        for (ch, w) in zip(chars, widths) {
            if width + w > capacity, !line.isEmpty {
                out.append(line)
                line = ""
                width = 0
            }
            line.append(ch)
            width += w
        }
        if !line.isEmpty { out.append(line) }
        return out
    }
}
