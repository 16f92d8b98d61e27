import ArgumentParser
import TripApp
import TripModel

/// `--kind trip`: a report kind's id. Kinds are data (`Templates/kinds/*.json`) that an agency
/// may add to, so the id is checked against the kinds of the templates in use when the command
/// runs (`ReportKinds.validate`, with the nearest ids); help lists the built-in ones.
struct ReportKindName: ExpressibleByArgument, Sendable {
    /// The id as given.
    var id: String

    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        id = argument
    }

    /// The trip report.
    static let trip = ReportKindName(id: "trip")

    private init(id: String) { self.id = id }

    static var allValueStrings: [String] { ReportKinds.builtIn }

    var defaultValueDescription: String { id }
}
