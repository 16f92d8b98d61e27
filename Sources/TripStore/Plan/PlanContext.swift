import TripModel
import Yams

/// Collects the problems found while reading one plan file.
final class PlanContext {
    let file: String
    private(set) var errors: [PlanError] = []

    init(file: String) { self.file = file }

    /// Records a problem at a node (or at the top of the file).
    func fail(_ node: Node?, _ problem: PlanProblem) {
        let mark = node?.mark
        errors.append(PlanError(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, problem: problem))
    }

    /// Records a problem at a mark.
    func fail(at mark: Mark?, _ problem: PlanProblem) {
        errors.append(PlanError(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, problem: problem))
    }
}
