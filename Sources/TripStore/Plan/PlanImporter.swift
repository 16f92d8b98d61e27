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
        var d = plan.delegation
        let source = { (path: String) -> URL in plan.files[path] ?? plan.baseDirectory.appendingPathComponent(path) }
        var photoPaths: [String] = []
        for event in d.events {
            for file in event.photos.compactMap(\.file) where !photoPaths.contains(file) { photoPaths.append(file) }
        }
        let pressPaths = d.press.compactMap(\.image)
        let items: [(source: FileVault.Source, folder: String)] =
            photoPaths.map { (.file(source($0)), "photos/\(d.id)") } + pressPaths.map { (.file(source($0)), "press/\(d.id)") }
        return try database.storingFiles(items, vault: FileVault(root: location.files)) { stored in
            var photoFiles: [String: StoredFile] = [:]
            for (path, file) in zip(photoPaths, stored) { photoFiles[path] = file }
            var pressFiles = stored.dropFirst(photoPaths.count).makeIterator()
            for i in d.press.indices where d.press[i].image != nil {
                d.press[i].image = pressFiles.next()?.path
            }
            return try database.importPlan(d, photoFiles: photoFiles)
        }
    }
}
