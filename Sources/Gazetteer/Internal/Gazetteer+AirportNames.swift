import Foundation

extension Gazetteer {
    /// Reads `iata<TAB>short<TAB>full` lines; a missing file means no curated names.
    static func readAirportNames(_ url: URL) -> [String: (short: String, full: String)] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var names: [String: (short: String, full: String)] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count >= 3 { names[f[0]] = (f[1], f[2]) }
        }
        return names
    }
}
