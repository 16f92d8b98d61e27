import Foundation
import TripModel

@testable import TripStore

/// `Fixtures/full.yaml`, which uses every key of the format.
let fullPlanText: String = (try? String(contentsOf: fixture("full.yaml"), encoding: .utf8)) ?? ""

/// The 1-based number of the first line of `text` that starts with `prefix` (after indentation).
func lineNumber(of prefix: String, in text: String) -> Int? {
    text.components(separatedBy: "\n").firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }.map { $0 + 1 }
}

/// `text` with the line `key: current` (the `occurrence`-th, after indentation or `- `) given
/// `value` instead.
func replacing(_ key: String, _ current: String, with value: String, in text: String, occurrence: Int = 1) -> String {
    var seen = 0
    return text.components(separatedBy: "\n").map { line -> String in
        let body = line.drop { $0 == " " || $0 == "-" }
        guard body == "\(key): \(current)" else { return line }
        seen += 1
        guard seen == occurrence else { return line }
        return "\(line.prefix(line.count - body.count))\(key): \(value)"
    }.joined(separator: "\n")
}

/// `text` with the value of the first line starting with `key: ` (after indentation, or after
/// `- `) replaced by `value`, keeping the indentation; a block value's more indented lines go.
func replacingValue(of key: String, with value: String, in text: String, occurrence: Int = 1) -> String {
    var seen = 0
    var out: [String] = []
    var dropBelow: Int?
    for line in text.components(separatedBy: "\n") {
        let indent = line.prefix { $0 == " " }.count
        if let level = dropBelow {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || indent > level { continue }
            dropBelow = nil
        }
        let body = line.drop { $0 == " " || $0 == "-" }
        guard body.hasPrefix("\(key): ") || body == "\(key):", seen + 1 == occurrence else {
            if body.hasPrefix("\(key): ") || body == "\(key):" { seen += 1 }
            out.append(line)
            continue
        }
        seen += 1
        out.append("\(line.prefix(line.count - body.count))\(key): \(value)")
        dropBelow = indent
    }
    return out.joined(separator: "\n")
}

/// The errors of reading `text` as a plan in `folder` (the fixtures folder by default).
func readErrors(_ text: String, folder: URL = fixture(""), policy: PlanFilePolicy = .commandLine(dataFolder: nil)) -> [PlanError] {
    do {
        _ = try PlanReader(files: policy).read(text: text, fileName: "plan.yaml", baseDirectory: folder)
        return []
    } catch {
        return error.errors
    }
}
