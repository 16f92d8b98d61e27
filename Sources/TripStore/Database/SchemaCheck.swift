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

    /// Throws `schemaDamaged` at the first difference that matters.
    static func verify(_ db: Database, path: String) throws {
        let tables = try describe(db)
        for (name, want) in expected.sorted(by: { $0.key < $1.key }) {
            guard let have = tables[name] else {
                throw StoreError.schemaDamaged(path: path, detail: name)
            }
            if have.primaryKey != want.primaryKey {
                throw StoreError.schemaDamaged(path: path, detail: "\(name) PRIMARY KEY (\(want.primaryKey.joined(separator: ", ")))")
            }
            if let column = want.columns.subtracting(have.columns).sorted().first {
                throw StoreError.schemaDamaged(path: path, detail: "\(name).\(column)")
            }
            if let index = want.uniqueIndexes.subtracting(have.uniqueIndexes).sorted(by: { $0.joined() < $1.joined() }).first {
                throw StoreError.schemaDamaged(path: path, detail: "\(name) UNIQUE (\(index.joined(separator: ", ")))")
            }
        }
    }

    /// Every table's columns, primary key (`rowid` when none is declared, as GRDB names it) and
    /// unique indexes, in two statements: GRDB's per-table PRAGMAs took a seventh of
    /// `tripwright list`. `SchemaCheckTests` compares the result with GRDB's own answers.
    static func describe(_ db: Database) throws -> [String: Table] {
        let ours = "m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'grdb_%'"
        var tables: [String: Table] = [:]
        var keys: [String: [(position: Int, column: String)]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT m.name, p.name, p.pk FROM sqlite_master AS m, pragma_table_info(m.name) AS p WHERE \(ours)
                """
        ) {
            let name: String = row[0]
            let column: String = row[1]
            let position: Int = row[2]
            tables[name, default: Table(columns: [], primaryKey: [], uniqueIndexes: [])].columns.insert(column)
            if position > 0 { keys[name, default: []].append((position, column)) }
        }
        for name in tables.keys {
            let key = (keys[name] ?? []).sorted { $0.position < $1.position }.map(\.column)
            tables[name]?.primaryKey = key.isEmpty ? ["rowid"] : key
        }
        var indexes: [String: (table: String, columns: [String])] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT m.name, l.name, i.name FROM sqlite_master AS m, pragma_index_list(m.name) AS l,
                  pragma_index_info(l.name) AS i
                WHERE \(ours) AND l."unique" = 1 ORDER BY m.name, l.name, i.seqno
                """
        ) {
            let table: String = row[0]
            let index: String = row[1]
            let column: String = row[2]
            indexes[index, default: (table, [])].columns.append(column)
        }
        for (table, columns) in indexes.values { tables[table]?.uniqueIndexes.insert(columns) }
        return tables
    }
}
