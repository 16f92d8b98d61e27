/// Where a Mustache text stops parsing, in the text (line and column in characters, from 1).
struct MustacheFailure: Error {
    let line: Int
    let column: Int
    let syntax: TemplateProblem.MustacheSyntax
}
