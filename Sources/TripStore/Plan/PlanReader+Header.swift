import Foundation
import TripModel
import Yams

/// A new delegation given as plan keys and values (the web's "new delegation" form): its header
/// and its first members, read as the top of a plan file by the same reader, so the form
/// accepts exactly what a plan file's top accepts and refuses it with the same messages.
extension PlanReader {
    /// The header keys a form may give (`id`, `title`, `category`, `agency`, `home`, `start`,
    /// `end`, `purpose`, `contact`, `status`, `report_date`…; lists and mappings are not given
    /// this way).
    public static let headerKeys: Set<String> = [
        "id", "title", "plan_name", "category", "agency", "home", "start", "end",
        "status", "contact", "report_date", "purpose", "summary", "suggestions", "headcount",
    ]

    /// A delegation from its header and members (each `id`, `unit`, `title`, `name`, `role`,
    /// `rank`, `email`). A problem is marked by its key; a member's as `members.N.key` (N from 0).
    public func readDelegation(_ header: [PlanValue], members: [[PlanValue]]) throws(FieldProblems) -> Delegation {
        func given(_ values: [PlanValue]) -> [PlanValue] {
            values.compactMap { v -> PlanValue? in
                let trimmed = v.value.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : PlanValue(v.key, trimmed)
            }
        }
        let top = given(header).filter { PlanReader.headerKeys.contains($0.key) }
        let people = members.map(given).filter { !$0.isEmpty }
        var problems: [FieldProblem] = []
        func checkText(_ values: [PlanValue], prefix: String) {
            for v in values {
                let shape: FieldText.Shape = PlanReader.paragraphKeys.contains(v.key) ? .paragraphs : .line
                if let p = FieldText.problem(in: v.value, shape: shape) { problems.append(FieldProblem(key: prefix + v.key, kind: .text(p))) }
            }
        }
        checkText(top, prefix: "")
        for (i, m) in people.enumerated() { checkText(m, prefix: "members.\(i).") }

        let ctx = PlanContext(file: "form")
        var items = ItemReader(
            ctx: ctx,
            places: PlaceBook(context: ctx, gazetteer: gazetteer),
            files: PlanFileLookup(planFolder: policy.dataFolder ?? URL(fileURLWithPath: "."), policy: policy)
        )
        var result: Delegation?
        // Each key's line in the document, to say which field an error at a line belongs to.
        var keyLines: [(line: Int, key: String)] = []
        var membersLine = Int.max
        do {
            func mapping(_ values: [PlanValue]) -> Node {
                Node.mapping(
                    Node.Mapping(
                        values.map { v in
                            (Node.scalar(Node.Scalar(v.key)), Node.scalar(Node.Scalar(v.value, .implicit, .doubleQuoted)))
                        }
                    )
                )
            }
            var pairs: [(Node, Node)] = [(Node.scalar(Node.Scalar("tripwright")), Node.scalar(Node.Scalar("1", .implicit, .doubleQuoted)))]
            if case let .mapping(m) = mapping(top) { pairs += Array(m) }
            pairs.append((Node.scalar(Node.Scalar("members")), Node.sequence(Node.Sequence(people.map(mapping)))))
            let text = try Yams.serialize(node: Node.mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)
            guard let root = try Yams.compose(yaml: text, .basic) else { throw YamlError.emitter(problem: "empty") }
            for (k, v) in root.mapping ?? Node.Mapping([]) {
                let key = k.scalar?.string ?? ""
                keyLines.append((k.mark?.line ?? 0, key))
                guard key == "members" else { continue }
                membersLine = k.mark?.line ?? Int.max
                for (i, member) in (v.sequence ?? Node.Sequence([])).enumerated() {
                    for (mk, _) in member.mapping ?? Node.Mapping([]) {
                        keyLines.append((mk.mark?.line ?? 0, "members.\(i).\(mk.scalar?.string ?? "")"))
                    }
                }
            }
            keyLines.sort { $0.line < $1.line }
            result = items.delegation(root)
        } catch {
            problems.append(FieldProblem(key: "", kind: .plan(.syntax(.other("\(error)")))))
        }
        let textKeys = Set(problems.map(\.key))
        for e in ctx.errors {
            var key = keyLines.last { $0.line <= e.line && $0.line > 0 }?.key ?? ""
            if case let .missingKey(k) = e.problem {
                // A member's missing key is the member's whose entry starts before the error.
                if e.line > membersLine, let member = key.split(separator: ".").dropFirst().first {
                    key = "members.\(member).\(k)"
                } else {
                    key = k
                }
            }
            // A value with a character it cannot hold is reported once, for that character.
            guard !textKeys.contains(key) || key.isEmpty else { continue }
            problems.append(FieldProblem(key: key, kind: .plan(e.problem)))
        }
        if !problems.isEmpty { throw FieldProblems(problems) }
        guard let result else { throw FieldProblems([FieldProblem(key: "", kind: .plan(.missingKey("?")))]) }
        return result
    }
}
