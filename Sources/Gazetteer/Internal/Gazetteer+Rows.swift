import Foundation
import TripModel

// Reading single rows of the tables; a row that does not parse counts as absent.
extension Gazetteer {
    /// Maps IATA and ICAO codes to rows.
    static func indexAirports(_ table: TSVTable) -> [String: Int] {
        var rows: [String: Int] = [:]
        rows.reserveCapacity(table.count * 2)
        for row in 0..<table.count {
            let r = table.range(row)
            let line = table.bytes[r]
            let parts = line.split(separator: TSVTable.tab, maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            rows[String(decoding: parts[0], as: UTF8.self)] = row
            if !parts[1].isEmpty { rows[String(decoding: parts[1], as: UTF8.self)] = row }
        }
        return rows
    }

    /// The airport in `row` of airports.tsv: icao iata name city country zone lat lon.
    func airport(row: Int) -> Airport? {
        let f = airportTable.fields(row)
        guard f.count >= 8, let zone = Gazetteer.zone(f[5]),
              let lat = Double(f[6]), let lon = Double(f[7]) else { return nil }
        return Airport(iata: f[1].isEmpty ? nil : f[1], icao: f[0], name: f[2], city: f[3], country: f[4],
                       zone: zone, point: GeoPoint(latitude: lat, longitude: lon))
    }

    /// The city with a GeoNames id: id name ascii zh ja country admin1 zone lat lon population.
    func city(id: Int) -> City? {
        guard let row = cityTable.find(number: id) else { return nil }
        let f = cityTable.fields(row)
        guard f.count >= 11, let zone = Gazetteer.zone(f[7]),
              let lat = Double(f[8]), let lon = Double(f[9]) else { return nil }
        return City(id: id, name: f[1], zhName: f[3].isEmpty ? nil : f[3], jaName: f[4].isEmpty ? nil : f[4],
                    country: f[5], admin1: f[6].isEmpty ? nil : f[6], zone: zone,
                    point: GeoPoint(latitude: lat, longitude: lon), population: Int(f[10]) ?? 0)
    }

    /// Row of city-names.tsv for a name: its key, else its key without a trailing 市/縣/県/区/府.
    func nameRow(_ text: String) -> Int? {
        let key = NameKey.key(text)
        guard !key.isEmpty else { return nil }
        if let row = nameTable.find(Array(key.utf8)) { return row }
        if let short = NameKey.stripped(key) { return nameTable.find(Array(short.utf8)) }
        return nil
    }

    /// GeoNames ids of the cities a name matches, best first.
    func cityIDs(named text: String) -> [Int] {
        guard let row = nameRow(text) else { return [] }
        return ids(inNameRow: row)
    }

    /// The ids column of a city-names.tsv row.
    func ids(inNameRow row: Int) -> [Int] {
        let f = nameTable.fields(row)
        guard f.count >= 3 else { return [] }
        return f[2].split(separator: ",").compactMap { Int($0) }
    }

    private static let zones = ZoneCache()

    /// The zone for an identifier from the data, validated once per identifier.
    static func zone(_ identifier: String) -> Zone? { zones.zone(identifier) }
}
