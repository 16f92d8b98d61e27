import TripReport

extension AppContext {
    /// The report templates: the context's folder, else `$TRIPWRIGHT_TEMPLATES`, else the
    /// built-in ones; read each time, so an agency's edit shows without a restart.
    func templates() async throws(AppError) -> TemplateSet {
        let folder = templatesFolder
        do {
            return try await blocking { try TemplateSet.locate(folder) }
        } catch let error as ReportError {
            throw .templates(error)
        } catch {
            throw AppError(error)
        }
    }
}
