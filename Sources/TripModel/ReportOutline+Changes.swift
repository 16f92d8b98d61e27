extension ReportOutline {
    /// The outline with one change made, or why it cannot be.
    public func applying(_ change: OutlineChange) throws(OutlineProblem) -> ReportOutline {
        var out = self
        switch change {
        case let .moveUp(path):
            let (parent, i) = try out.locate(path)
            guard i > 0 else { throw .atEdge(path, .moveUp) }
            out.sections.modify(at: parent) { $0.swapAt(i, i - 1) }
        case let .moveDown(path):
            let (parent, i) = try out.locate(path)
            guard i + 1 < out.sections.count(at: parent) else { throw .atEdge(path, .moveDown) }
            out.sections.modify(at: parent) { $0.swapAt(i, i + 1) }
        case let .mergeWithNext(path):
            let (parent, i) = try out.locate(path)
            guard i + 1 < out.sections.count(at: parent) else { throw .atEdge(path, .merge) }
            out.sections.modify(at: parent) { list in
                let next = list.remove(at: i + 1)
                list[i].events += next.events
                list[i].sections += next.sections
                if let text = next.text { list[i].text = [list[i].text, text].compactMap { $0 }.joined(separator: "\n\n") }
                for (block, on) in next.blocks where list[i].blocks[block] == nil { list[i].blocks[block] = on }
            }
        case let .split(path):
            let (parent, i) = try out.locate(path)
            var problem: OutlineProblem?
            out.sections.modify(at: parent) { list in
                let section = list[i]
                guard section.events.count > 1 else {
                    problem = .nothingToSplit(path)
                    return
                }
                // The first keeps what the section had (heading, text, blocks, sections under it);
                // each other visit gets a section of its own, titled with its own title.
                var first = section
                first.events = [section.events[0]]
                let rest = section.events.dropFirst().map { OutlineSection(events: [$0], inBody: section.inBody, blocks: section.blocks) }
                list.replaceSubrange(i...i, with: [first] + rest)
            }
            if let problem { throw problem }
        case let .show(path, on):
            let (parent, i) = try out.locate(path)
            out.sections.modify(at: parent) { $0[i].inBody = on }
        case let .rename(path, heading):
            let (parent, i) = try out.locate(path)
            let text = heading?.trimmingCharacters(in: .whitespaces)
            if let text, !text.isEmpty, let problem = FieldText.problem(in: text, shape: .line) { throw .heading(problem) }
            out.sections.modify(at: parent) { $0[i].heading = (text?.isEmpty ?? true) ? nil : text }
        case let .text(path, body):
            let (parent, i) = try out.locate(path)
            let blank = body?.allSatisfy(\.isWhitespace) ?? true
            // Line ends as a browser sends them (CRLF) are one paragraph break, not a control character.
            let text = body?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !blank, let text, let problem = FieldText.problem(in: text, shape: .paragraphs) { throw .text(problem) }
            out.sections.modify(at: parent) { $0[i].text = blank ? nil : text }
        }
        return out
    }

    /// The 0-based path of the list holding the section, and its index there.
    private func locate(_ path: OutlinePath) throws(OutlineProblem) -> (parent: [Int], index: Int) {
        var list = sections
        var parent: [Int] = []
        for (depth, step) in path.steps.enumerated() {
            guard step >= 1, step <= list.count else { throw .noSection(path) }
            if depth == path.steps.count - 1 { return (parent, step - 1) }
            parent.append(step - 1)
            list = list[step - 1].sections
        }
        throw .noSection(path)
    }
}

extension Array where Element == OutlineSection {
    /// Changes the list of sections under the section at a 0-based path (the top list for []).
    mutating func modify(at parent: [Int], _ body: (inout [OutlineSection]) -> Void) {
        guard let first = parent.first else {
            body(&self)
            return
        }
        self[first].sections.modify(at: [Int](parent.dropFirst()), body)
    }

    /// How many sections the list under a 0-based path holds.
    func count(at parent: [Int]) -> Int {
        guard let first = parent.first else { return count }
        return self[first].sections.count(at: [Int](parent.dropFirst()))
    }
}
