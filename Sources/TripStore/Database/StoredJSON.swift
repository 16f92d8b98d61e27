import Foundation
import TripModel

/// JSON forms of the small value lists kept in one column.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value a column holds (nil for NULL or `null`); a column that does not decode (edited
    /// by another program) is `StoreError.corrupt` naming it, never JSONDecoder's own error.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String?, column: String) throws -> T? {
        guard let text, text != "null" else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt(column)
        }
    }

    struct Council: Codable {
        var council: String
        var term: Int
        var session: Int
        var title: String?
        var date: String?
        var reporters: [[String]]

        init(_ c: CouncilReport) {
            council = c.council
            term = c.term
            session = c.session
            title = c.title
            date = c.date?.iso
            reporters = c.reporters.map { [$0.unit, $0.title, $0.name] }
        }

        var model: CouncilReport {
            CouncilReport(
                council: council,
                term: term,
                session: session,
                title: title,
                reporters: reporters.compactMap { $0.count == 3 ? Reporter(unit: $0[0], title: $0[1], name: $0[2]) : nil },
                date: date.flatMap { LocalDate(iso: $0) }
            )
        }
    }

    struct Checks: Codable {
        var off: [String]
        var settings: [String: Double]
        var acknowledge: [[String]]

        init(_ c: CheckSettings) {
            off = c.disabled
            // JSON has no NaN or infinity: one such value would make the whole column null.
            settings = Dictionary(uniqueKeysWithValues: c.numbers.filter { $0.value.isFinite }.map { ($0.key.rawValue, $0.value) })
            acknowledge = c.acknowledgements.map { [$0.code, $0.item, $0.reason] }
        }

        /// The settings as the checks may use them: names an older version accepted are read
        /// as their new names, settings nobody knows any more are left out, and values are
        /// clamped into their ranges by `CheckSettings.number` when used.
        var model: CheckSettings {
            var numbers: [Threshold: Double] = [:]
            for (name, value) in settings { if let t = Threshold.named(name) { numbers[t] = value } }
            return CheckSettings(
                disabled: off.map { DiagnosticCode.formerNames[$0] ?? $0 },
                numbers: numbers,
                acknowledgements: acknowledge.compactMap { $0.count == 3 ? Acknowledgement(code: $0[0], item: $0[1], reason: $0[2]) : nil }
            )
        }
    }
}
