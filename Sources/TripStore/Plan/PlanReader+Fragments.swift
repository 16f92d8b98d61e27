import Foundation
import TripModel
import Yams

/// One item of a stored delegation given as plan keys and values (a web form, a `log` command's
/// flags), read by the same functions that read that item in a plan file, in the context of the
/// delegation (its places, members, items and home zone). So a form and a flag accept exactly
/// what a plan file accepts, and refuse it with the same messages, marked by key. Without a
/// delegation (`nil`), references to members, places and items are not known.
extension PlanReader {
    /// An event's own values (`id`, `kind`, `title`, `date`, `start`, `end`, `place`, `tz`, `host`…).
    public func readEvent(_ values: [PlanValue], in d: Delegation?) throws(FieldProblems) -> Event {
        let id = values.first { $0.key == "id" }?.value
        return try fragment(values, in: d, excluding: id) { items, node in items.readEvent(node) }
    }

    /// A member (`id`, `unit`, `title`, `name`, `role`, `rank`, `email`).
    public func readMember(_ values: [PlanValue], in d: Delegation?) throws(FieldProblems) -> Member {
        try fragment(values, in: d, wrappedIn: "members") { items, f in items.readMembers(f).first }
    }

    /// A person met (`name`, `title`, `organisation`).
    public func readCounterpart(_ values: [PlanValue], in d: Delegation?) throws(FieldProblems) -> Counterpart {
        try fragment(values, in: d) { items, node in items.readCounterpart(node) }
    }

    /// An outcome (`text`, `date`).
    public func readOutcome(_ values: [PlanValue], in d: Delegation?) throws(FieldProblems) -> Outcome {
        try fragment(values, in: d) { items, node in items.readOutcome(node) }
    }

    /// A follow-up (`task`, `owner`, `due`, `status`).
    public func readFollowUp(_ values: [PlanValue], in d: Delegation?) throws(FieldProblems) -> FollowUp {
        try fragment(values, in: d) { items, node in items.readFollowUp(node) }
    }

    /// A note (`text`, `author`, `at`) on an event in `zone`.
    public func readNote(_ values: [PlanValue], zone: Zone, in d: Delegation?) throws(FieldProblems) -> Note {
        try fragment(values, in: d) { items, node in items.readNote(node, zone: zone) }
    }

    /// A photo (`file`, `caption`, `taken`) on an event in `zone`; `file` is found beside
    /// `baseDirectory` (the working folder for a command).
    public func readPhoto(_ values: [PlanValue], zone: Zone, in d: Delegation?, baseDirectory: URL) throws(FieldProblems) -> Photo {
        try fragment(values, in: d, baseDirectory: baseDirectory) { items, node in items.readPhoto(node, zone: zone) }
    }

    /// A press clipping (`id`, `date`, `outlet`, `headline`, `url`, `image`, `language`,
    /// `remark`, `event`); `image` is found beside `baseDirectory`.
    public func readPressItem(_ values: [PlanValue], in d: Delegation?, baseDirectory: URL) throws(FieldProblems) -> PressItem {
        try fragment(values, in: d, wrappedIn: "press", baseDirectory: baseDirectory) { items, f in items.readPress(f).first }
    }

    /// An event to add, with the places its `place` names that the delegation has not yet.
    public func readNewEvent(_ values: [PlanValue], in d: Delegation) throws(FieldProblems) -> Placed<Event> {
        try fragment(values, in: d) { items, node in items.readEvent(node).map { Placed(item: $0, places: items.places.places, besides: d) } }
    }

    /// A leg (`id`, `mode`, `carrier`, `number`, `from`, `to`, `depart`, `arrive`, `depart_by`,
    /// `booking`, `participants`, `kind`, `remark`), with the places its ends name that the
    /// delegation has not yet (an airport code, a city).
    public func readLeg(_ values: [PlanValue], in d: Delegation) throws(FieldProblems) -> Placed<Leg> {
        let id = values.first { $0.key == "id" }?.value
        return try fragment(values, in: d, excluding: id) { items, node in
            items.readLeg(node).map { Placed(item: $0, places: items.places.places, besides: d) }
        }
    }

    /// A stay (`id`, `place`, `check_in`, `check_out`, `booking`, `participants`, `phone`,
    /// `remark`), with the place it names when the delegation has not got it yet.
    public func readStay(_ values: [PlanValue], in d: Delegation) throws(FieldProblems) -> Placed<Stay> {
        let id = values.first { $0.key == "id" }?.value
        return try fragment(values, in: d, excluding: id) { items, node in
            items.readStay(node).map { Placed(item: $0, places: items.places.places, besides: d) }
        }
    }

    /// Keys whose values are lists, given in a form as one text (`lin, chen` or `lin、chen`).
    static let listKeys: Set<String> = ["participants"]

    /// Keys whose values may hold paragraphs; every other key holds one line.
    static let paragraphKeys: Set<String> = ["text", "purpose", "summary", "suggestions"]

    // MARK: Reading

    private func fragment<T>(
        _ values: [PlanValue],
        in d: Delegation?,
        excluding item: String? = nil,
        baseDirectory: URL? = nil,
        read: (inout ItemReader, Node) -> T?
    ) throws(FieldProblems) -> T {
        try fragment(values, in: d, wrapper: nil, excluding: item, baseDirectory: baseDirectory) { items, node, _ in read(&items, node) }
    }

    private func fragment<T>(
        _ values: [PlanValue],
        in d: Delegation?,
        wrappedIn key: String,
        baseDirectory: URL? = nil,
        read: (inout ItemReader, Fields) -> T?
    ) throws(FieldProblems) -> T {
        try fragment(values, in: d, wrapper: key, excluding: nil, baseDirectory: baseDirectory) { items, _, wrapper in
            guard let wrapper else { return nil }
            return read(&items, wrapper)
        }
    }

    private func fragment<T>(
        _ values: [PlanValue],
        in d: Delegation?,
        wrapper: String?,
        excluding item: String?,
        baseDirectory: URL?,
        read: (inout ItemReader, Node, Fields?) -> T?
    ) throws(FieldProblems) -> T {
        // Blank values are absent values, as an empty line is in a plan file.
        let given = values.compactMap { v -> PlanValue? in
            let trimmed = v.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : PlanValue(v.key, trimmed)
        }
        var problems: [FieldProblem] = []
        for v in given {
            let shape: FieldText.Shape = PlanReader.paragraphKeys.contains(v.key) ? .paragraphs : .line
            if let p = FieldText.problem(in: v.value, shape: shape) { problems.append(FieldProblem(key: v.key, kind: .text(p))) }
        }
        let ctx = PlanContext(file: "form")
        let places = PlaceBook(context: ctx, gazetteer: gazetteer)
        // The values are what the person at hand types (a command's flags, a form): a path they
        // give may name any file they can name, unless this reader is the web upload's.
        let lookup = PlanFileLookup(
            planFolder: baseDirectory ?? policy.dataFolder ?? URL(fileURLWithPath: "."),
            policy: PlanFilePolicy(besidePlan: true, dataFolder: policy.dataFolder, allowOutside: policy.besidePlan)
        )
        var items = ItemReader(ctx: ctx, places: places, files: lookup)
        if let d { items.adopt(d, excluding: item) }
        var result: T?
        var keyLines: [(line: Int, key: String)] = []
        do {
            let mapping = Node.mapping(
                Node.Mapping(
                    given.map { v in
                        guard PlanReader.listKeys.contains(v.key) else {
                            return (Node.scalar(Node.Scalar(v.key)), Node.scalar(Node.Scalar(v.value, .implicit, .doubleQuoted)))
                        }
                        let parts = v.value.split(whereSeparator: { ",，、 ".contains($0) }).map {
                            Node.scalar(Node.Scalar(String($0), .implicit, .doubleQuoted))
                        }
                        return (Node.scalar(Node.Scalar(v.key)), Node.sequence(Node.Sequence(parts)))
                    }
                )
            )
            let document =
                wrapper.map { Node.mapping(Node.Mapping([(Node.scalar(Node.Scalar($0)), Node.sequence(Node.Sequence([mapping])))])) } ?? mapping
            let text = try Yams.serialize(node: document, width: -1, allowUnicode: true)
            guard let root = try Yams.compose(yaml: text) else { throw YamlError.emitter(problem: "empty") }
            let itemNode = wrapper == nil ? root : (root.mapping?.first?.value.sequence?.first ?? root)
            for (k, _) in itemNode.mapping ?? Node.Mapping([]) {
                keyLines.append((k.mark?.line ?? 0, k.scalar?.string ?? ""))
            }
            let wrapperFields = wrapper.flatMap { Fields(root, allowed: [$0], context: ctx, name: "form") }
            result = read(&items, itemNode, wrapperFields)
        } catch {
            problems.append(FieldProblem(key: "", kind: .plan(.syntax(.other("\(error)")))))
        }
        let textKeys = Set(problems.map(\.key))
        for e in ctx.errors {
            let key: String
            if case let .missingKey(k) = e.problem {
                key = k
            } else {
                key = keyLines.last { $0.line <= e.line && $0.line > 0 }?.key ?? ""
            }
            // A value with a character it cannot hold is reported once, for that character.
            guard !textKeys.contains(key) || key.isEmpty else { continue }
            problems.append(FieldProblem(key: key, kind: .plan(e.problem)))
        }
        let order = Dictionary(given.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
        if !problems.isEmpty {
            throw FieldProblems(
                problems.enumerated().sorted { a, b in
                    (order[a.element.key] ?? Int.max, a.offset) < (order[b.element.key] ?? Int.max, b.offset)
                }.map(\.element)
            )
        }
        guard let result else { throw FieldProblems([FieldProblem(key: "", kind: .plan(.missingKey("?")))]) }
        return result
    }
}
