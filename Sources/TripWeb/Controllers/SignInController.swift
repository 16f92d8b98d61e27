import Foundation
import Hummingbird
import TripApp
import TripModel

/// Sign-in with a one-time code (repeated failures slow down), sign-out.
struct SignInController: Sendable {
    let app: WebApp
    let throttle = SignInThrottle()

    func addRoutes(to router: Router<WebContext>) {
        router.get("/signin") { request, context in
            try app.pages.render(
                "signin",
                SignInPage(
                    next: safeNext(request.uri.queryParameters["next"].map(String.init)).nonEmpty,
                    failed: nil,
                    message: nil
                ),
                context: context
            )
        }
        router.post("/signin") { _, context in try await signIn(context) }
        router.post("/signout") { request, context in
            if let token = request.cookies[SessionMiddleware.sessionCookie]?.value {
                try await SignOut(app.context(context)).run(SignOut.Input(token: token))
            }
            var response = app.redirect(app.config.authRequired ? "/signin" : "/")
            response.setCookie(app.config.cookie(SessionMiddleware.sessionCookie, "", maxAge: 0))
            return response
        }
    }

    /// Refusals of the sign-in form.
    static let tooMany = LocalizedText(zh: "嘗試次數過多，請 15 分鐘後再試。", en: "Too many attempts; try again in 15 minutes.")
    static let wrongCode = LocalizedText(zh: "代碼不正確、已使用過或已過期。", en: "The code is wrong, used or expired.")

    func signIn(_ context: WebContext) async throws -> Response {
        let now = app.context.now()
        let next = safeNext(context.form["next"])
        let penalty = await throttle.penalty(for: context.clientKey, now: now)
        if penalty.refuse {
            return try app.pages.render(
                "signin",
                SignInPage(next: next.nonEmpty, failed: true, message: Self.tooMany.text(context.lang)),
                context: context,
                status: .tooManyRequests
            )
        }
        if penalty.delay > 0, app.config.throttleUnit > 0 {
            try await Task.sleep(for: .milliseconds(Int(penalty.delay * app.config.throttleUnit * 1000)))
        }
        guard let code = context.form["code"],
            let signedIn = try await SignIn(app.context(context)).run(SignIn.Input(code: code, sessionLength: app.config.sessionLength))
        else {
            await throttle.fail(context.clientKey, now: now)
            return try app.pages.render(
                "signin",
                SignInPage(next: next.nonEmpty, failed: true, message: Self.wrongCode.text(context.lang)),
                context: context,
                status: .unauthorized
            )
        }
        await throttle.succeed(context.clientKey)
        var response = app.redirect(next)
        // Max-Age, not Expires: the server's clock may be pinned (--now) while the browser's is not.
        let seconds = max(60, Int(signedIn.session.expiresAt.timeIntervalSince(now)))
        response.setCookie(app.config.cookie(SessionMiddleware.sessionCookie, signedIn.token, maxAge: seconds))
        return response
    }

    /// Only a local path; anything else goes home.
    private func safeNext(_ next: String?) -> String { LocalRedirect.path(next, or: "/") }
}
