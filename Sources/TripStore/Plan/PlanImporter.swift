import Foundation
import Gazetteer
import TripModel

/// Reads a plan file, copies the photos and clippings it names into the data folder, and
/// imports it in one transaction. A failure at any step leaves the database unchanged.
public struct PlanImporter {
    let location: DataLocation
    let gazetteer: Gazetteer

    /// An importer writing to a data location.
    public init(location: DataLocation, gazetteer: Gazetteer = .shared) {
        self.location = location
        self.gazetteer = gazetteer
    }

    /// The reader this importer uses (plan folder first, then the data folder).
    public var reader: PlanReader { PlanReader(gazetteer: gazetteer, fileFolders: [location.files]) }

    /// Reads and imports the file at `url` into `database`.
    public func importFile(at url: URL, displayName: String? = nil, into database: TripDatabase) throws -> ImportSummary {
        let plan = try reader.read(fileAt: url, displayName: displayName)
        return try importPlan(plan, into: database)
    }

    /// Imports a plan already read.
    public func importPlan(_ plan: Plan, into database: TripDatabase) throws -> ImportSummary {
        var d = plan.delegation
        let vault = FileVault(root: location.files)
        let folders = [plan.baseDirectory, location.files]
        var stored: [String: StoredFile] = [:]
        for event in d.events {
            for file in event.photos.compactMap(\.file) where stored[file] == nil {
                stored[file] = try vault.store(PlanFiles.locate(file, in: folders), in: "photos/\(d.id)")
            }
        }
        for i in d.press.indices {
            if let image = d.press[i].image {
                d.press[i].image = try vault.store(PlanFiles.locate(image, in: folders), in: "press/\(d.id)").path
            }
        }
        return try database.importPlan(d, photoFiles: stored)
    }
}
