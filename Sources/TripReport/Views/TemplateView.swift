/// A value a report's Mustache texts are rendered with: a struct whose stored properties are
/// the names a template may use (swift-mustache reads them by reflection), so a misspelt or
/// missing field is a compile error here rather than an empty place in a report.
protocol TemplateView: Sendable {}
