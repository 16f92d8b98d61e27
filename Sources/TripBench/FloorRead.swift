import Foundation
import GRDB

/// The floor the checks are measured against: reading the rows the checks need (the rows the
/// store reads to build each delegation, `TripDatabase.delegation`) from the same file, without
/// building anything from them. Once with GRDB and once with a small C program on SQLite's own
/// interface (tools/bench_checks_floor.c), each reading every column of every row.
enum FloorRead {
    /// The statements the store runs for one delegation; `?` is its id.
    static let statements = [
        "SELECT * FROM delegation WHERE id = ?",
        "SELECT * FROM participant WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM member WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM place WHERE delegationId = ? ORDER BY position, id",
        "SELECT * FROM note WHERE delegationId = ? ORDER BY id",
        "SELECT * FROM photo WHERE delegationId = ? ORDER BY id",
        "SELECT * FROM outcome WHERE delegationId = ? ORDER BY id",
        "SELECT * FROM followUp WHERE delegationId = ? ORDER BY id",
        "SELECT * FROM event WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM leg WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM stay WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM pressItem WHERE delegationId = ? ORDER BY position",
        "SELECT * FROM reflection WHERE delegationId = ? ORDER BY position",
    ]

    /// What one read took, and how many rows and bytes it saw.
    struct Reading {
        var time: Stamp.Span
        var rows: Int
        var bytes: Int
    }

    /// Reads every row with GRDB: prepared statements, a row cursor, each column's value.
    static func grdb(_ path: String) throws -> Reading {
        let start = Stamp()
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        let (rows, bytes) = try queue.read { db in
            var rows = 0
            var bytes = 0
            let statements = try FloorRead.statements.map { try db.cachedStatement(sql: $0) }
            for id in try String.fetchAll(db, sql: "SELECT id FROM delegation ORDER BY id") {
                for statement in statements {
                    let cursor = try Row.fetchCursor(statement, arguments: [id])
                    while let row = try cursor.next() {
                        rows += 1
                        for i in 0..<row.count {
                            switch (row[i] as DatabaseValue).storage {
                            case .null: break
                            case let .int64(n): bytes &+= Int(truncatingIfNeeded: n & 1) + 8
                            case .double: bytes += 8
                            case let .string(s): bytes += s.utf8.count
                            case let .blob(b): bytes += b.count
                            }
                        }
                    }
                }
            }
            return (rows, bytes)
        }
        return Reading(time: start.span(), rows: rows, bytes: bytes)
    }

    /// Reads every row with the C program at `program`; it times itself (no process start).
    static func c(_ program: String, _ path: String) throws -> Reading {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [path] + statements
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard process.terminationStatus == 0, fields.count == 4 else {
            throw BenchError("\(program) failed (\(process.terminationStatus)): \(text)")
        }
        return Reading(time: Stamp.Span(wall: fields[0], cpu: fields[1]), rows: Int(fields[2]), bytes: Int(fields[3]))
    }
}
