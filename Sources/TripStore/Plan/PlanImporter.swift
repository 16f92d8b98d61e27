import Foundation
import Gazetteer
import TripModel

/// Reads a plan file, copies the photos and clippings it names into the data folder, and
/// imports it in one transaction. A failure at any step leaves the database unchanged.
public struct PlanImporter {
    let location: DataLocation
    let gazetteer: Gazetteer
    let allowOutside: Bool

    /// An importer writing to a data location; `allowOutside` lets a plan on the command line
    /// name files outside its folder and the data folder (`--allow-outside`).
    public init(location: DataLocation, gazetteer: Gazetteer = .shared, allowOutside: Bool = false) {
        self.location = location
        self.gazetteer = gazetteer
        self.allowOutside = allowOutside
    }

    /// The reader for plan files on this machine (plan folder first, then the data folder).
    public var reader: PlanReader {
        PlanReader(gazetteer: gazetteer, files: .commandLine(dataFolder: location.files, allowOutside: allowOutside))
    }

    /// The reader for plans uploaded on the web, which may name files in the data folder only.
    public var uploadReader: PlanReader {
        PlanReader(gazetteer: gazetteer, files: .upload(dataFolder: location.files))
    }

    /// Reads and imports the file at `url` into `database`.
    public func importFile(at url: URL, displayName: String? = nil, into database: TripDatabase) throws -> ImportSummary {
        let plan = try reader.read(fileAt: url, displayName: displayName)
        return try importPlan(plan, into: database)
    }

    /// Imports a plan already read: the files the reader checked are copied into the data
    /// folder and its rows written in one transaction; if the import fails, the copied files no
    /// row names go.
    public func importPlan(_ plan: Plan, into database: TripDatabase) throws -> ImportSummary {
        let files = PlanImportFiles(plan)
        return try database.storingFiles(files.items, vault: FileVault(root: location.files)) { stored in
            let (d, photoFiles) = files.delegation(storedAs: stored)
            return try database.importPlan(d, photoFiles: photoFiles)
        }
    }

    /// `importPlan` for async callers: the files are copied off Swift's cooperative threads and
    /// the rows written by GRDB's async write.
    /// `organiser`: the organiser account importing it (see `TripDatabase.importPlan`).
    public func importPlan(_ plan: Plan, into database: TripDatabase, organiser: Int64? = nil) async throws -> ImportSummary {
        let files = PlanImportFiles(plan)
        return try await database.storingFiles(files.items, vault: FileVault(root: location.files)) { stored in
            let (d, photoFiles) = files.delegation(storedAs: stored)
            return try await database.importPlan(d, photoFiles: photoFiles, organiser: organiser)
        }
    }
}
