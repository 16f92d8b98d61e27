import Foundation
import TripModel
import TripReport

/// Drafts a report of a delegation (出國報告, 專案報告, 提要, 審核表) from what was planned and
/// logged, in the formats asked for, off Swift's cooperative threads (photos are downscaled by
/// libvips, the PDF made by LibreOffice).
public struct MakeReport: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// How photos are prepared for the report.
    public struct PhotoSettings: Sendable, Hashable {
        /// Longest edge in pixels.
        public var longestEdge: Int
        /// JPEG quality, 1–100.
        public var quality: Int

        /// Settings; the defaults are the report's (1600 px, quality 85).
        public init(longestEdge: Int = 1600, quality: Int = 85) {
            self.longestEdge = longestEdge
            self.quality = quality
        }
    }

    /// What to make, and where.
    public struct Input: Sendable {
        /// The delegation (with `prefix`, a unique prefix of its id).
        public var trip: ReadDelegation.Input
        /// The kind's id (`trip`, `council`, `abstract`, `review-form`, or one the templates add).
        public var kind: String
        /// The formats.
        public var formats: [ReportFormat]
        /// The folder the files go to; nil: `reports/ID` under the working folder.
        public var outFolder: URL?
        /// Photo downscaling.
        public var photos: PhotoSettings
        /// Called as the run goes (photos prepared so far, a file written).
        public var progress: (@Sendable (ReportProgress) -> Void)?

        /// A report to make.
        public init(
            trip: ReadDelegation.Input,
            kind: String = "trip",
            formats: [ReportFormat] = ReportFormat.allCases,
            outFolder: URL? = nil,
            photos: PhotoSettings = PhotoSettings(),
            progress: (@Sendable (ReportProgress) -> Void)? = nil
        ) {
            self.trip = trip
            self.kind = kind
            self.formats = formats
            self.outFolder = outFolder
            self.photos = photos
            self.progress = progress
        }
    }

    /// What was written and what is left to do.
    public struct Output: Sendable {
        /// The delegation's id.
        public var delegation: String
        /// The files written, in order.
        public var files: [URL]
        /// Things to know (a photo that could not be read, a summary of the wrong length…).
        public var warnings: [LocalizedText]
        /// Writing prompts left in the draft (each starts with 【待填】).
        public var prompts: [String]
    }

    /// Writes the report.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(input.trip)
        let templates = try await context.templates()
        let options = ReportOptions(
            kind: input.kind,
            formats: input.formats,
            outFolder: input.outFolder ?? URL(fileURLWithPath: "reports/\(d.id)"),
            photoRoot: context.location.files,
            photos: PhotoProcessor(longestEdge: input.photos.longestEdge, quality: input.photos.quality, cacheFolder: context.photoCache),
            progress: input.progress
        )
        do {
            let result = try await blocking { () throws(ReportError) -> ReportResult in
                try ReportGenerator(templates: templates).generate(d, options: options)
            }
            return Output(delegation: d.id, files: result.files, warnings: result.warnings, prompts: result.prompts)
        } catch {
            throw AppError(error)
        }
    }
}
