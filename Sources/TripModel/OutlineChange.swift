/// One change to a report outline, made by the drag-free controls of the web page and by
/// `tripwright outline`: a section is named by its path (1-based, `2.1` for the first under
/// the second), as both show it.
public enum OutlineChange: Hashable, Sendable {
    /// Swap with the section before it, at the same level.
    case moveUp(OutlinePath)
    /// Swap with the section after it, at the same level.
    case moveDown(OutlinePath)
    /// Take the next section's visits, text and sections into this one, then drop it.
    case mergeWithNext(OutlinePath)
    /// One section per visit of a section that covers several (each keeps its visit's title).
    case split(OutlinePath)
    /// Leave out of the body (false) or show again (true); visits stay in the itinerary table.
    case show(OutlinePath, Bool)
    /// A heading of its own; nil or empty goes back to the visits' titles.
    case rename(OutlinePath, String?)
    /// The section's own body text (paragraphs); nil or blank goes back to its visits' notes.
    case text(OutlinePath, String?)
}

/// Where a section is in an outline: 1-based positions from the top, e.g. `[2, 1]` for 2.1.
public struct OutlinePath: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based positions, outermost first.
    public var steps: [Int]

    /// A path from 1-based positions.
    public init(_ steps: [Int]) { self.steps = steps }

    /// Reads `3` or `2.1`; nil for anything else.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        var steps: [Int] = []
        for part in parts {
            // Bounded: a position is at most a few digits, never a number that could overflow.
            guard (1...4).contains(part.count), part.allSatisfy(\.isASCII), let n = Int(part), n >= 1 else { return nil }
            steps.append(n)
        }
        guard !steps.isEmpty, steps.count <= 3 else { return nil }
        self.steps = steps
    }

    /// `2.1`.
    public var description: String { steps.map(String.init).joined(separator: ".") }
}
