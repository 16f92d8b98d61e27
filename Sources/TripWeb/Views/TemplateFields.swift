import Mustache

/// A view whose template names are answered by a `switch` (`MustacheParent`) instead of by
/// reflection: swift-mustache builds a `Mirror` of every value on the context stack for every name
/// it looks up there, which was most of the front page's cost (50 rows, each looking up the words
/// `t.members`, `t.schedule`, `t.today` through every enclosing view). Used for the views every
/// page renders (the root, the common values, the trip header, the pager) and the list's rows;
/// `TemplateFieldsTests` holds each one's answers to its stored properties, so a field added
/// without its case is a failing test.
protocol TemplateFields: MustacheParent {}
