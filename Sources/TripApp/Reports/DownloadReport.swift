import Foundation
import TripModel
import TripReport

/// One report file to hand over whole (the web's download): made in a temporary folder that is
/// removed afterwards; Markdown and HTML with photos come as one zip with their images folder.
public struct DownloadReport: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which report, in which format.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The kind's id.
        public var kind: String
        /// The format.
        public var format: ReportFormat

        /// A report file.
        public init(trip: String, kind: String, format: ReportFormat) {
            self.trip = trip
            self.kind = kind
            self.format = format
        }
    }

    /// The file.
    public struct Output: Sendable {
        /// Its bytes.
        public var data: Data
        /// Its name (`kyushu-2025-出國報告.odt`).
        public var fileName: String
        /// An ASCII name for clients that cannot take the other (`kyushu-2025-trip.odt`).
        public var asciiName: String
        /// Its media type.
        public var mediaType: String
    }

    /// Media types of the formats.
    static let mediaTypes: [ReportFormat: String] = [
        .md: "text/markdown; charset=utf-8", .html: "text/html; charset=utf-8", .odt: "application/vnd.oasis.opendocument.text",
        .pdf: "application/pdf", .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]

    /// Makes the file and reads it back.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        let templates = try await context.templates()
        guard templates.kinds[input.kind] != nil else { throw .notFound(input.kind) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try await MakeReport(context).run(MakeReport.Input(
            trip: ReadDelegation.Input(trip: d.id), kind: input.kind, formats: [input.format], outFolder: folder))
        guard let written = made.files.first(where: { $0.pathExtension == input.format.rawValue }) else {
            throw .unexpected("report \(d.id) \(input.kind).\(input.format.rawValue): no file was written")
        }
        let format = input.format, kind = input.kind
        return try await attempt {
            try await blocking {
                var file = written
                var type = DownloadReport.mediaTypes[format] ?? "application/octet-stream"
                var ascii = "\(d.id)-\(kind).\(format.rawValue)"
                // Markdown and HTML link to their photos in images/: one zip carries both.
                if ReportBundle.needed(for: file) {
                    file = try ReportBundle.zip(file)
                    type = "application/zip"
                    ascii = "\(d.id)-\(kind)-\(format.rawValue).zip"
                }
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw AppError.unexpected("report \(d.id) \(kind).\(format.rawValue): \(file.lastPathComponent) cannot be read back")
                }
                return Output(data: data, fileName: file.lastPathComponent, asciiName: ascii, mediaType: type)
            }
        }
    }
}
