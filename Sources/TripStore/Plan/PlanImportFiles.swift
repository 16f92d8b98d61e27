import Foundation
import TripModel

/// The files a plan brings in (its photos once each, then its clippings' images) and how the
/// delegation names them once stored: what both forms of `PlanImporter.importPlan` share.
struct PlanImportFiles: Sendable {
    /// The delegation as read.
    let delegation: Delegation
    /// Each photo file as the plan writes it, in order, once.
    let photoPaths: [String]
    /// What to store, and in which folder: photos first, then clippings.
    let items: [(source: FileVault.Source, folder: String)]

    /// The files of a plan already read.
    init(_ plan: Plan) {
        let d = plan.delegation
        let source = { (path: String) -> URL in plan.files[path] ?? plan.baseDirectory.appendingPathComponent(path) }
        var photoPaths: [String] = []
        for event in d.events {
            for file in event.photos.compactMap(\.file) where !photoPaths.contains(file) { photoPaths.append(file) }
        }
        let pressPaths = d.press.compactMap(\.image)
        delegation = d
        self.photoPaths = photoPaths
        items = photoPaths.map { (.file(source($0)), "photos/\(d.id)") } + pressPaths.map { (.file(source($0)), "press/\(d.id)") }
    }

    /// The delegation with its clippings naming their stored images, and the stored photo of
    /// each photo path.
    func delegation(storedAs stored: [StoredFile]) -> (Delegation, [String: StoredFile]) {
        var d = delegation
        var photoFiles: [String: StoredFile] = [:]
        for (path, file) in zip(photoPaths, stored) { photoFiles[path] = file }
        var pressFiles = stored.dropFirst(photoPaths.count).makeIterator()
        for i in d.press.indices where d.press[i].image != nil {
            d.press[i].image = pressFiles.next()?.path
        }
        return (d, photoFiles)
    }
}
