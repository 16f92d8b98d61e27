/// What the cover of a 專案報告 to a city council needs (seed 004).
public struct CouncilReport: Hashable, Sendable {
    /// The council, e.g. 臺中市議會.
    public var council: String
    /// 屆: the council's term, e.g. 4.
    public var term: Int
    /// 定期會: the session number, e.g. 7.
    public var session: Int
    /// Report title as given to the council.
    public var title: String?
    /// Who presents it.
    public var reporters: [Reporter]
    /// Date of the report.
    public var date: LocalDate?

    /// Creates the council report facts.
    public init(
        council: String,
        term: Int,
        session: Int,
        title: String? = nil,
        reporters: [Reporter] = [],
        date: LocalDate? = nil
    ) {
        self.council = council
        self.term = term
        self.session = session
        self.title = title
        self.reporters = reporters
        self.date = date
    }

    /// `臺中市議會第4屆第7次定期會`.
    public var sessionTitle: String { "\(council)第\(term)屆第\(session)次定期會" }
}

/// A person presenting a report.
public struct Reporter: Hashable, Sendable {
    /// Agency and unit, e.g. 臺中市政府經濟發展局.
    public var unit: String
    /// Title, e.g. 局長.
    public var title: String
    /// Name.
    public var name: String

    /// Creates a reporter.
    public init(unit: String, title: String, name: String) {
        self.unit = unit
        self.title = title
        self.name = name
    }
}
