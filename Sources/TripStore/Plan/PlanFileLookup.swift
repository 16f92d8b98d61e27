import Foundation

/// The files one plan names, looked up once under its policy: the reader reports what cannot
/// be used, and the importer copies exactly the files the reader checked.
final class PlanFileLookup {
    let planFolder: URL
    let policy: PlanFilePolicy
    /// Each path as written, with the file it names.
    private(set) var resolved: [String: URL] = [:]

    init(planFolder: URL, policy: PlanFilePolicy) {
        self.planFolder = planFolder
        self.policy = policy
    }

    /// The image a path names, or the problem to report: a path the policy refuses, a missing
    /// file, or one that does not decode completely.
    func resolve(_ path: String) -> PlanProblem? {
        if resolved[path] != nil { return nil }
        switch PlanFiles.resolve(path, planFolder: planFolder, policy: policy) {
        case let .file(url):
            if let problem = PlanFiles.imageProblem(at: url, written: path, dataFolder: policy.dataFolder) { return problem }
            resolved[path] = url
            return nil
        case let .problem(problem):
            return problem
        }
    }
}
