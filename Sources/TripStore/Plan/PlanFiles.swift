import Foundation
import TripMedia

/// Where a file named in a plan (a photo, a clipping) is, under a `PlanFilePolicy`: the first
/// of the policy's folders that has it (the plan's folder first, then the data folder). A path
/// that leads out of those folders, by being absolute, by `..` or through a symbolic link, is
/// refused unless the policy allows it.
enum PlanFiles {
    /// A file found, or why the path may not be used.
    enum Lookup {
        case file(URL)
        case problem(PlanProblem)
    }

    /// The file `path` names, or why it may not be read.
    static func resolve(_ path: String, planFolder: URL, policy: PlanFilePolicy) -> Lookup {
        var roots: [URL] = []
        if policy.besidePlan { roots.append(planFolder) }
        if let data = policy.dataFolder { roots.append(data) }
        let refusal: (PathLeak) -> PlanProblem = { leak in
            .pathOutside(path, policy.besidePlan ? leak : .notInDataFolder)
        }
        if path.hasPrefix("/") {
            if !policy.allowOutside && !policy.besidePlan { return .problem(refusal(.absolute)) }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            return check(url, written: path, roots: roots, policy: policy, leak: .absolute, refusal: refusal)
        }
        for root in roots {
            let candidate = root.appendingPathComponent(path).standardizedFileURL
            guard realPath(candidate.path) != nil else { continue }
            guard policy.allowOutside || within(candidate.path, root.standardizedFileURL.path) else {
                return .problem(refusal(.parent))
            }
            return check(candidate, written: path, roots: [root], policy: policy, leak: .parent, refusal: refusal)
        }
        if !policy.allowOutside, let first = roots.first,
            !within(first.appendingPathComponent(path).standardizedFileURL.path, first.standardizedFileURL.path)
        {
            return .problem(refusal(.parent))
        }
        return .problem(.missingFile(path))
    }

    /// An existing path checked against the roots: a regular file whose real path (symbolic
    /// links followed) is inside one of them.
    private static func check(
        _ url: URL,
        written: String,
        roots: [URL],
        policy: PlanFilePolicy,
        leak: PathLeak,
        refusal: (PathLeak) -> PlanProblem
    ) -> Lookup {
        guard let real = realPath(url.path) else {
            if !policy.allowOutside, !roots.contains(where: { within(url.path, $0.standardizedFileURL.path) }) {
                return .problem(refusal(leak))
            }
            return .problem(.missingFile(written))
        }
        if !policy.allowOutside {
            let inside = roots.contains { root in realPath(root.path).map { within(real, $0) } ?? false }
            guard inside else {
                let lexicallyInside = roots.contains { within(url.path, $0.standardizedFileURL.path) }
                return .problem(refusal(lexicallyInside ? .symlink(real) : leak))
            }
        }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .problem(.notAFile(written)) }
        return .file(URL(fileURLWithPath: real))
    }

    /// True when `path` is `folder` or inside it.
    private static func within(_ path: String, _ folder: String) -> Bool {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return path == base || path.hasPrefix(base + "/")
    }

    /// The path with every symbolic link followed, or nil when nothing is there (or a loop).
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What is wrong with the photo or clipping at `url` (found under the policy), or nil: it
    /// must decode completely. A file in the data folder was checked when it came in (an
    /// exported plan names its stored copies), so it is not decoded again on every import; a
    /// report copes with one damaged since.
    static func imageProblem(at url: URL, written: String, dataFolder: URL?) -> PlanProblem? {
        if let data = dataFolder.flatMap({ realPath($0.path) }), within(url.path, data) { return nil }
        do {
            _ = try MediaCheck.decode(fileAt: url, name: written)
            return nil
        } catch {
            return .badImage(written, error.reason)
        }
    }
}
