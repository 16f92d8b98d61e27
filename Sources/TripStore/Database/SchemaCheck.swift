import GRDB

/// Compares a database's tables with what the migrations make: every table present, with its
/// columns, its primary key and its unique indexes. A table that lost its key (edited by hand,
/// or by another program) would otherwise make GRDB stop the program on the first keyed read;
/// here it is a `StoreError.schemaDamaged` naming the table.
enum SchemaCheck {
    struct Table: Sendable, Equatable {
        var columns: Set<String>
        var primaryKey: [String]
        var uniqueIndexes: Set<[String]>
    }

    /// The schema the migrations make, written out in `SchemaCheck+Expected.swift`: reading it
    /// from a database migrated in memory on every open took a third of `tripwright list`.
    /// `SchemaCheckTests` compares it with `migrated()` and prints the new text when they differ.
    static var expected: [String: Table] { expectedTables }

    /// The schema the migrations make, read from a database migrated in memory.
    static func migrated() throws -> [String: Table] {
        let queue = try DatabaseQueue()
        try TripDatabase.migrator.migrate(queue)
        return try queue.read { db in try describe(db) }
    }

    /// Swift source of `expectedTables` for a schema, for `SchemaCheck+Expected.swift`.
    static func source(of tables: [String: Table]) -> String {
        func list(_ items: [String]) -> String { "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        let rows = tables.sorted { $0.key < $1.key }.map { name, t in
            let unique = t.uniqueIndexes.sorted { $0.joined(separator: ",") < $1.joined(separator: ",") }.map(list)
            return "        \"\(name)\": Table(\n"
                + "            columns: \(list(t.columns.sorted())),\n"
                + "            primaryKey: \(list(t.primaryKey)),\n"
                + "            uniqueIndexes: [\(unique.joined(separator: ", "))]),"
        }
        return """
        import GRDB

        // Written by `SchemaCheck.source(of: SchemaCheck.migrated())`; SchemaCheckTests prints it anew
        // when a migration changes the schema. Do not edit by hand.
        extension SchemaCheck {
            /// The tables the migrations make: columns, primary key and unique indexes.
            static let expectedTables: [String: Table] = [
        \(rows.joined(separator: "\n"))
            ]
        }

        """
    }

    /// Throws `schemaDamaged` at the first difference that matters.
    static func verify(_ db: Database, path: String) throws {
        for (name, want) in expected.sorted(by: { $0.key < $1.key }) {
            guard try db.tableExists(name) else {
                throw StoreError.schemaDamaged(path: path, detail: "table \(name) is missing")
            }
            let have = try table(db, name)
            if have.primaryKey != want.primaryKey {
                throw StoreError.schemaDamaged(path: path, detail: "table \(name) has lost its key (\(want.primaryKey.joined(separator: ", ")))")
            }
            if let column = want.columns.subtracting(have.columns).sorted().first {
                throw StoreError.schemaDamaged(path: path, detail: "table \(name) has no column \(column)")
            }
            if let index = want.uniqueIndexes.subtracting(have.uniqueIndexes).sorted(by: { $0.joined() < $1.joined() }).first {
                throw StoreError.schemaDamaged(path: path, detail: "table \(name) has lost its unique index on \(index.joined(separator: ", "))")
            }
        }
    }

    private static func describe(_ db: Database) throws -> [String: Table] {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
        var tables: [String: Table] = [:]
        for name in names { tables[name] = try table(db, name) }
        return tables
    }

    private static func table(_ db: Database, _ name: String) throws -> Table {
        let columns = Set(try db.columns(in: name).map(\.name))
        let key = try db.primaryKey(name)
        let unique = Set(try db.indexes(on: name).filter(\.isUnique).map(\.columns))
        return Table(columns: columns, primaryKey: key.columns, uniqueIndexes: unique)
    }
}
