import Hummingbird
import TripApp

extension WebApp {
    /// The page a list's address asks for (`?page=N`); any other value of `page` is a 400 page
    /// saying what a page number is. Every list page reads its number here.
    static func pageRequest(_ request: Request) throws -> PageRequest {
        let given = request.uri.queryParameters["page"].map(String.init)
        guard let page = PageRequest(query: given) else { throw WebError(status: .badRequest, message: PageRequest.refusal) }
        return page
    }
}
