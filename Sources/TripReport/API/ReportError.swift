/// What can go wrong making a report, each with what to do about it.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A templates file is missing or malformed.
    case templates(String, String)
    /// No report kind with that id.
    case unknownKind(String, known: [String])
    /// A format name that is not one of ours.
    case unknownFormat(String)
    /// LibreOffice is not installed.
    case libreOfficeMissing
    /// LibreOffice ran but did not produce the file.
    case conversionFailed(String, String)
    /// A photo could not be read or written.
    case photo(String, String)
    /// An output file could not be written.
    case write(String, String)

    public var description: String {
        switch self {
        case let .templates(path, problem):
            "templates: \(path): \(problem)"
        case let .unknownKind(id, known):
            "unknown report kind '\(id)'; known kinds: \(known.joined(separator: ", "))"
        case let .unknownFormat(name):
            "unknown format '\(name)'; use any of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ","))"
        case .libreOfficeMissing:
            "PDF needs LibreOffice (soffice) and none was found; install it with "
                + "`apt-get install libreoffice-writer-nogui` (Debian/Ubuntu), or set TRIPWRIGHT_SOFFICE to its path"
        case let .conversionFailed(file, output):
            "LibreOffice could not convert \(file) to PDF: \(output)"
        case let .photo(path, problem):
            "photo \(path): \(problem)"
        case let .write(path, problem):
            "cannot write \(path): \(problem)"
        }
    }
}
