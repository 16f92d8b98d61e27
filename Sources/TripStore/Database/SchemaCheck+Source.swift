import GRDB

extension SchemaCheck {
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
}
