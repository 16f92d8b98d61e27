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
        /// The upload system's fields instead of the document (a kind with `uploadFields` only).
        public var uploadFields: UploadFields?

        /// A report file.
        public init(trip: String, kind: String, format: ReportFormat) {
            self.trip = trip
            self.kind = kind
            self.format = format
        }

        /// The upload system's fields of a kind that writes them (the abstract), as JSON or CSV.
        public init(trip: String, kind: String, uploadFields: UploadFields) {
            self.trip = trip
            self.kind = kind
            // Markdown is the cheapest document to make alongside them (no LibreOffice).
            self.format = .md
            self.uploadFields = uploadFields
        }
    }

    /// The files the abstract writes beside its document for 公務出國報告資訊網.
    public enum UploadFields: String, CaseIterable, Sendable {
        /// The fields as one JSON object.
        case json
        /// The fields as a CSV table.
        case csv
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

    /// Media types of the upload fields.
    static let fieldTypes: [UploadFields: String] = [.json: "application/json; charset=utf-8", .csv: "text/csv; charset=utf-8"]

    /// Makes the file and reads it back.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: input.trip))
        let templates = try await context.templates()
        guard let reportKind = templates.kinds[input.kind] else { throw .notFound(input.kind) }
        if let fields = input.uploadFields, !reportKind.sections.contains(where: { $0.fill == .abstract }) {
            throw .notFound("\(input.kind).\(fields.rawValue)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try await MakeReport(context).run(
            MakeReport.Input(
                trip: ReadDelegation.Input(trip: d.id),
                kind: input.kind,
                formats: [input.format],
                outFolder: folder
            )
        )
        let wanted = input.uploadFields?.rawValue ?? input.format.rawValue
        guard let written = made.files.first(where: { $0.pathExtension == wanted }) else {
            throw .unexpected("report \(d.id) \(input.kind).\(wanted): no file was written")
        }
        let format = input.format
        let kind = input.kind
        if let fields = input.uploadFields {
            return try await attempt {
                try await blocking {
                    guard let data = FileManager.default.contents(atPath: written.path) else {
                        throw AppError.unexpected("report \(d.id) \(kind).\(fields.rawValue): \(written.lastPathComponent) cannot be read back")
                    }
                    return Output(
                        data: data,
                        fileName: written.lastPathComponent,
                        asciiName: "\(d.id)-\(kind).\(fields.rawValue)",
                        mediaType: DownloadReport.fieldTypes[fields] ?? "application/octet-stream"
                    )
                }
            }
        }
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
