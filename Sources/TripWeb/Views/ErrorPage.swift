/// The page of an error: its status and what to do.
struct ErrorPage {
    let status: Int
    let message: String?
}
