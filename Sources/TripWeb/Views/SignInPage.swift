/// `/signin`: the one-time code form.
struct SignInPage {
    /// Where to go after signing in (a local path).
    let next: String?
    let failed: Bool?
    let message: String?
}
