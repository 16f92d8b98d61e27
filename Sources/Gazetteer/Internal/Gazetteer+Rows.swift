import Foundation
import TripModel

// Reading single records of the tables; a record that does not parse counts as absent.
// Records are named by the byte offset of their line (see TSVTable).
extension Gazetteer {
    /// An airport code packed into an integer: up to four ASCII letters or digits, upper case.
    static func packedCode<S: Sequence>(_ bytes: S) -> UInt32? where S.Element == UInt8 {
        var value: UInt32 = 0
        var count = 0
        for b in bytes {
            count += 1
            guard count <= 4 else { return nil }
            let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) ? b - 32 : b
            guard
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(upper)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(upper)
            else { return nil }
            value = value << 8 | UInt32(upper)
        }
        // Three-letter codes stay below 2^24 and four-character ones above: no clashes.
        return count >= 3 ? value : nil
    }

    /// Maps IATA and ICAO codes to airport records.
    static func indexAirports(_ table: TSVTable) -> [UInt32: Int] {
        var index: [UInt32: Int] = [:]
        index.reserveCapacity(table.count * 2)
        for start in table.recordStarts {
            if let icao = table.field(0, at: start), let code = packedCode(table.bytes[icao]) { index[code] = start }
            if let iata = table.field(1, at: start), let code = packedCode(table.bytes[iata]) { index[code] = start }
        }
        return index
    }

    /// The airport at a record of airports.tsv: icao iata name city country zone lat lon.
    func airport(at start: Int) -> Airport? {
        let f = airportTable.fields(at: start)
        guard f.count >= 8, let zone = Gazetteer.zone(f[5]),
            let lat = Double(f[6]), let lon = Double(f[7])
        else { return nil }
        let zh = f[1].isEmpty ? nil : airportChineseNames[f[1]]
        return Airport(
            iata: f[1].isEmpty ? nil : f[1],
            icao: f[0],
            name: f[2],
            city: f[3],
            country: f[4],
            zone: zone,
            point: GeoPoint(latitude: lat, longitude: lon),
            zhName: zh?.short,
            zhFullName: zh?.full
        )
    }

    /// The city with a GeoNames id: id name ascii zh ja country admin1 zone lat lon population ko.
    func city(id: Int) -> City? {
        guard let start = cityTable.find(number: id) else { return nil }
        let f = cityTable.fields(at: start)
        guard f.count >= 11, let zone = Gazetteer.zone(f[7]),
            let lat = Double(f[8]), let lon = Double(f[9])
        else { return nil }
        return City(
            id: id,
            name: f[1],
            zhName: f[3].isEmpty ? nil : f[3],
            jaName: f[4].isEmpty ? nil : f[4],
            country: f[5],
            admin1: f[6].isEmpty ? nil : f[6],
            zone: zone,
            point: GeoPoint(latitude: lat, longitude: lon),
            population: Int(f[10]) ?? 0,
            koName: f.count > 11 && !f[11].isEmpty ? f[11] : nil
        )
    }

    /// Record of city-names.tsv for a name: its key, else its key without a trailing 市/縣/県/区/府.
    func nameRecord(_ text: String) -> Int? {
        let key = NameKey.key(text)
        guard !key.isEmpty else { return nil }
        if let start = nameTable.find(Array(key.utf8)) { return start }
        if let short = NameKey.stripped(key) { return nameTable.find(Array(short.utf8)) }
        return nil
    }

    /// GeoNames ids of the cities a name matches, best first.
    func cityIDs(named text: String) -> [Int] {
        guard let start = nameRecord(text) else { return [] }
        return ids(inNameRecord: start)
    }

    /// GeoNames ids of the cities a name is the own name, alias or translation of (not those it
    /// is only an alternate of, as Manchester is of Richmond, VA), best first.
    func ownCityIDs(named text: String) -> [Int] {
        guard let start = nameRecord(text) else { return [] }
        return rankedIDs(inNameRecord: start).filter { !$0.alternate }.map(\.id)
    }

    /// The ids column (comma-separated integers) of a city-names.tsv record.
    func ids(inNameRecord start: Int) -> [Int] {
        rankedIDs(inNameRecord: start).map(\.id)
    }

    /// The ids column with its marks: `a123` is a city matched only by an alternate name.
    func rankedIDs(inNameRecord start: Int) -> [(id: Int, alternate: Bool)] {
        guard let range = nameTable.field(2, at: start) else { return [] }
        var ids: [(id: Int, alternate: Bool)] = []
        var value = 0
        var digits = 0
        var alternate = false
        for i in range {
            let b = nameTable.bytes[i]
            if b == UInt8(ascii: ",") {
                if digits > 0 { ids.append((value, alternate)) }
                value = 0
                digits = 0
                alternate = false
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            } else if b == UInt8(ascii: "a") {
                alternate = true
            }
        }
        if digits > 0 { ids.append((value, alternate)) }
        return ids
    }

    private static let zones = ZoneCache()

    /// The zone for an identifier from the data, validated once per identifier.
    static func zone(_ identifier: String) -> Zone? { zones.zone(identifier) }
}
