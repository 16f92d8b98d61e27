import Foundation

/// The plans mutations start from: both seeds, `full.yaml` (every key of the format), the same
/// with every check threshold and rule switch set (the settings that trapped are reached
/// only from a plan that has them), a plan on daylight-saving change days, and `details.yaml`
/// (the keys real plans need: parts of the day, phones, regions, body types, opening days).
enum FuzzSeeds {
    static func load(repository: URL) throws -> [(name: String, text: String)] {
        func file(_ path: String) throws -> String { try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8) }
        let full = try file("Tests/TripStoreTests/Fixtures/full.yaml")
        let settings = [
            "buffer.flight.before: 120", "buffer.flight.after: 30", "buffer.rail.before: 20", "buffer.rail.after: 10",
            "buffer.bus.before: 15", "buffer.bus.after: 10", "buffer.ship.before: 60", "buffer.ship.after: 30",
            "buffer.other.before: 30", "buffer.other.after: 15", "detour.city: 1.3", "detour.country: 2", "speed.walk: 4.5",
            "speed.car: 40", "speed.bus: 50", "speed.rail: 120", "speed.ship: 30", "speed.flight: 700", "ground.max.hours: 8",
            "summary.min: 200", "summary.max: 300", "report.warn.days: 14", "travel.buffer: 10", "walk.max.km: 1",
            "city.km: 30", "continuity.km: 60", "daytrip.km: 150", "day.start: 8", "day.end: 22", "dated.minutes: 60",
            "report.due.months: 3",
        ].map { "    " + $0 }.joined(separator: "\n")
        let everySetting = full.replacingOccurrences(
            of: "  off: [closed-day]\n  settings:\n    buffer.flight.before: 120\n    detour.country: 2\n",
            with: "  off: [closed-day, travel-time, date-only]\n  settings:\n\(settings)\n"
        )
        let dst = """
            tripwright: 1
            id: dst
            title: 日光節約時間
            category: 考察
            agency: 某局
            home: 臺中市
            start: 2026-10-30
            end: 2026-11-03
            members:
            - {id: wang, name: 王小明, title: 專員, unit: 某局, role: leader}
            places:
            - {id: ny, name: 紐約辦事處, city: New York}
            - {id: lhi, name: 豪勳爵島, city: Sydney, tz: Australia/Lord_Howe}
            events:
            - {id: a1, kind: 會議, title: 第一場, date: 2026-11-01, start: "00:30", end: "01:20 -04:00", place: ny}
            - {id: a2, kind: 會議, title: 第二場, date: 2026-11-01, start: "01:30 -05:00", end: "02:30", place: ny}
            - {id: a3, kind: 會議, title: 第三場, date: 2026-11-02, start: "09:00", place: lhi}
            legs:
            - {id: out, mode: flight, from: TPE, to: JFK, depart: 2026-10-30 17:00, arrive: 2026-10-30 19:00}
            - {id: back, mode: flight, from: JFK, to: TPE, depart: 2026-11-02 01:00, arrive: 2026-11-03 05:00}

            """
        return [
            ("kyushu", try file("seeds/kyushu-2025.yaml")), ("usa", try file("seeds/usa-2026.yaml")),
            ("full", full), ("every-setting", everySetting), ("dst", dst),
            ("details", try file("Tests/TripStoreTests/Fixtures/details.yaml")),
        ]
    }
}
