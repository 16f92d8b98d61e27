import Foundation
import GRDB
import TripModel

extension TripDatabase {
    /// The header keys the delegation's form edits, in its order (its purpose and the report's
    /// prose are edited with the report).
    public static let headerFields = ["title", "category", "agency", "home", "start", "end", "contact", "status", "report_date"]

    /// A stored delegation's header as its form shows it, by plan key (home by its place's name,
    /// as a plan file names it).
    public static func headerValues(of d: Delegation) -> [String: String] {
        [
            "title": d.title, "category": d.category.rawValue, "agency": d.agency, "home": d.place(d.homeID)?.name ?? d.homeID,
            "start": d.start.iso, "end": d.end.iso, "contact": d.contactID ?? "", "status": d.status.rawValue, "report_date": d.reportDate?.iso ?? "",
        ]
    }

    /// The revision of a header form: a digest of the stored header's values.
    public static func headerRevision(of d: Delegation) -> String {
        let values = headerValues(of: d)
        return EditRevision.digest(["header"] + headerFields.map { values[$0] })
    }

    /// Saves the header form: `header` (read as the top of a plan file) gives the delegation's
    /// title, category, agency, home, dates, contact, status and report date; everything else
    /// stays. In one transaction that first checks the stored header is still the one the form
    /// showed (`revision`); otherwise throws `EditConflict<[String: String]>` (the header values
    /// now stored, those attempted) and saves nothing. Stored as an import of the plan file with
    /// that header would store it.
    public func editHeader(_ header: Delegation, in trip: String, revision: String, now: Date = Date()) async throws {
        try await write { db in
            guard let record = try DelegationRecord.fetchOne(db, key: trip) else { throw StoreError.noSuchDelegation(trip, suggestions: []) }
            var d = try self.load(db, record)
            let stored = Self.headerRevision(of: d)
            guard stored == revision else {
                throw EditConflict(current: Self.headerValues(of: d), attempted: Self.headerValues(of: header), revision: stored)
            }
            d.title = header.title
            d.category = header.category
            d.agency = header.agency
            d.start = header.start
            d.end = header.end
            d.contactID = header.contactID
            d.status = header.status
            d.reportDate = header.reportDate
            if let home = header.place(header.homeID), d.place(home.id) == nil { d.places.append(home) }
            d.homeID = header.homeID
            _ = try self.importPlanBody(d, photoFiles: [:], now: now)(db)
        }
    }
}
