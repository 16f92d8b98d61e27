import Foundation
import Hummingbird
import TripApp
import TripModel

/// `GET /places?q=TEXT[&trip=ID]`: places a place field may name, as JSON, for the search as
/// the user types (`app.js` fills the field's `<datalist>`). A query over
/// `SearchPlaces.maxQueryLength` characters, or with a control character, is refused (400); the
/// answer holds at most `SearchPlaces.maxResults` places. Without JavaScript a place field is
/// plain text: the plan reader resolves what was typed, and refuses an unknown name with the
/// nearest known ones.
struct PlaceSearchController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/places") { request, context in try await search(request, context) }
    }

    /// The JSON answer.
    struct Answer: Encodable {
        let places: [SearchPlaces.Place]
    }

    /// A refusal, as JSON.
    struct Refusal: Encodable {
        let error: String
    }

    func search(_ request: Request, _ context: WebContext) async throws -> Response {
        let query = request.uri.queryParameters["q"].map(String.init) ?? ""
        let trip = request.uri.queryParameters["trip"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        if query.count > SearchPlaces.maxQueryLength || query.utf8.count > SearchPlaces.maxQueryLength * 4 {
            return try json(Refusal(error: Self.tooLong.text(context.lang)), status: .badRequest)
        }
        if let problem = FieldText.problem(in: query, shape: .line) {
            return try json(Refusal(error: problem.message(field: Word.place.text.text(context.lang)).text(context.lang)), status: .badRequest)
        }
        let places = try await SearchPlaces(app.context(context)).run(SearchPlaces.Input(query: query, trip: trip, lang: context.lang))
        return try json(Answer(places: places), status: .ok)
    }

    static let tooLong = LocalizedText(
        zh: "搜尋文字太長：最多 \(SearchPlaces.maxQueryLength) 個字。",
        en: "The search text is too long: at most \(SearchPlaces.maxQueryLength) characters."
    )

    private func json(_ value: some Encodable, status: HTTPResponse.Status) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
