import TripModel
import Yams

/// Collects the problems found while reading one plan file.
final class PlanContext {
    let file: String
    private(set) var errors: [PlanError] = []
    /// Problems found after `PlanLimits.keptErrors` were kept: counted, not described.
    private(set) var uncounted = 0
    private var seen: Set<PlanError> = []

    init(file: String) { self.file = file }

    /// Records a problem at a node (or at the top of the file).
    func fail(_ node: Node?, _ problem: PlanProblem) {
        let mark = node?.mark
        fail(line: mark?.line ?? 1, column: mark?.column ?? 1, problem)
    }

    /// Records a problem at a line and column, once: a value read twice (to look at it, then to
    /// use it) is reported once.
    func fail(line: Int, column: Int, _ problem: PlanProblem) {
        let error = PlanError(file: file, line: line, column: column, problem: problem)
        guard seen.insert(error).inserted else { return }
        guard errors.count < PlanLimits.keptErrors else {
            uncounted += 1
            return
        }
        errors.append(error)
    }

    /// True when so many problems are known that looking for more (and for suggestions) is waste.
    var isSaturated: Bool { errors.count >= PlanLimits.keptErrors }

    /// The problems, in file order.
    var result: PlanErrors {
        PlanErrors(
            errors.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }.map(
                \.element
            ),
            uncounted: uncounted
        )
    }
}
