import Foundation
import Hummingbird
import TripMedia
import TripModel
import TripReport
import TripStore

/// An event's page and what is logged on it: notes (edits keep the previous text; a stale
/// edit is told, not saved), photos, people met, outcomes, follow-ups.
struct EventController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/e/:event") { _, context in try page(context) }
        router.post("/d/:trip/e/:event/notes") { _, context in try await addNote(context) }
        router.post("/d/:trip/e/:event/notes/:note") { _, context in try editNote(context) }
        router.post("/d/:trip/e/:event/photos") { _, context in try addPhotos(context) }
        router.post("/d/:trip/e/:event/photos/:photo/caption") { _, context in try caption(context) }
        router.post("/d/:trip/e/:event/counterparts") { _, context in try addCounterpart(context) }
        router.post("/d/:trip/e/:event/outcomes") { _, context in try addOutcome(context) }
        router.post("/d/:trip/e/:event/followups") { _, context in try addFollowUp(context) }
        router.get("/d/:trip/photo/:id") { _, context in try photo(context) }
    }

    private func target(_ context: WebContext, mustLog: Bool) throws -> (Delegation, Event) {
        let d = try app.delegation(context)
        let e = try app.event(try context.parameters.require("event"), in: d)
        if mustLog { try Access.requireLog(context, on: d) }
        return (d, e)
    }

    /// Back to the page the form came from (a local path only), else the event page.
    private func back(_ context: WebContext, _ d: Delegation, _ e: Event) -> Response {
        if let to = context.form["back"], to.hasPrefix("/"), !to.hasPrefix("//"), !to.contains("\\") { return app.redirect(to) }
        return app.redirect("/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)")
    }

    func page(_ context: WebContext, conflict: NoteConflict? = nil) throws -> Response {
        let (d, e) = try target(context, mustLog: false)
        let lang = context.lang
        let labels = WebLabels(delegation: d, lang: lang)
        let notes = try app.database.notes(delegation: d.id, event: e.id)
        let base = "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)"
        let diagnostics = app.checks(d).diagnostics(naming: e.id).filter { $0.acknowledged == nil }
            .map { ["severity": $0.severity.rawValue, "message": $0.message.text(lang)] }
        var values: [String: Any] = [
            "trip": app.tripValues(d, context: context),
            "event": ["id": e.id, "title": e.title, "kind": e.kind.name(lang), "day": labels.day(e.date),
                      "time": labels.span(e) ?? "", "place": e.placeID.map { labels.place($0) } ?? "", "host": e.host ?? "",
                      "who": labels.who(e.participants) ?? (lang == .zh ? "全體" : "Everyone"), "action": base] as [String: Any],
            "diagnostics": diagnostics,
            "notes": notes.map { n in
                ["id": n.id, "text": n.text, "revision": n.revision, "author": n.author.flatMap { d.member($0)?.name ?? $0 } ?? "",
                 "at": n.createdAt.map { labels.instant($0, zone: e.start.zone) } ?? "", "edited": n.revision > 1,
                 "previous": n.previous.reversed().map { ["text": $0] }, "action": "\(base)/notes/\(n.id)"] as [String: Any]
            },
            "photos": e.photos.compactMap { p -> [String: Any]? in
                guard let id = p.id else { return nil }
                return ["src": p.file == nil ? "" : "/d/\(d.id.pathEscaped)/photo/\(id)", "caption": p.caption ?? "",
                        "captionAction": "\(base)/photos/\(id)/caption",
                        "taken": p.takenAt.map { labels.instant($0, zone: e.start.zone) } ?? ""]
            },
            "counterparts": e.counterparts.map { ["name": $0.name, "title": $0.title ?? "", "organisation": $0.organisation ?? ""] },
            "outcomes": e.outcomes.map { ["text": $0.text, "date": $0.date?.iso ?? ""] },
            "followUps": e.followUps.map { ["task": $0.task, "owner": $0.owner.flatMap { d.member($0)?.name ?? $0 } ?? "",
                                            "due": $0.due?.iso ?? "", "status": $0.status.name(lang)] },
        ]
        if let conflict {
            values["conflict"] = ["theirs": conflict.current.text, "yours": conflict.attempted,
                                  "revision": conflict.current.revision, "action": "\(base)/notes/\(conflict.current.id)"] as [String: Any]
        }
        return try app.pages.render("event", values, context: context, status: conflict == nil ? .ok : .conflict)
    }

    /// The hot path of logging: organisers need no delegation load (the store checks that the
    /// event exists); members' rights are checked against the members list.
    func addNote(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip"), event = try context.parameters.require("event")
        guard let text = context.form["text"] else {
            throw WebError.badRequest("筆記內容是空的。", "The note is empty.")
        }
        var author: String?
        if context.user?.role != .organiser {
            let d = try app.database.delegation(trip)
            try Access.requireLog(context, on: d)
            author = context.user.flatMap { Access.memberID(of: $0, in: d) }
        } else if let user = context.user, user.id != 0 {
            author = user.name
        }
        let database = app.database, now = app.config.now(), writer = author
        try await offload { try database.addNote(delegation: trip, event: event, text: text, author: writer, at: now) }
        if let to = context.form["back"], to.hasPrefix("/"), !to.hasPrefix("//"), !to.contains("\\") { return app.redirect(to) }
        return app.redirect("/d/\(trip.pathEscaped)/e/\(event.pathEscaped)")
    }

    func editNote(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let id = Int64(try context.parameters.require("note")), let revision = context.form["revision"].flatMap(Int.init) else {
            throw WebError.badRequest("缺少筆記版本。", "The note's revision is missing.")
        }
        guard let text = context.form["text"] else { throw WebError.badRequest("筆記內容是空的。", "The note is empty.") }
        do {
            try app.database.editNote(id: id, delegation: d.id, event: e.id, revision: revision, text: text, now: app.config.now())
        } catch let conflict as NoteConflict {
            return try page(context, conflict: conflict)
        }
        return back(context, d, e)
    }

    func addPhotos(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        let files = context.form.files.filter { $0.field == "photos" }
        guard !files.isEmpty else { throw WebError.badRequest("請選擇至少一張照片。", "Choose at least one photo.") }
        // Every file must decode completely before any is stored, so a bad one stores nothing
        // (a 3-byte "JPEG" once passed a check of the first bytes and broke every report).
        var typed: [(UploadedFile, ImageFormat)] = []
        for file in files {
            do {
                typed.append((file, try MediaCheck.decode(file.data, name: file.fileName, accepting: ImageType.uploadable).format))
            } catch {
                throw WebError.media(error)
            }
        }
        let vault = FileVault(root: app.config.location.files)
        let caption = context.form["caption"]
        for (file, format) in typed {
            let stored = try vault.store(data: file.data, fileExtension: format.fileExtension, in: "photos/\(d.id)")
            // The camera's clock is local time at the event's place.
            let taken = PhotoMetadata.taken(in: file.data).flatMap { try? Moment(date: $0.date, time: $0.time, zone: e.start.zone).instant }
            try app.database.addPhoto(delegation: d.id, event: e.id, file: stored, caption: caption, takenAt: taken, now: app.config.now())
        }
        return back(context, d, e)
    }

    func caption(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let id = Int64(try context.parameters.require("photo")), e.photos.contains(where: { $0.id == id }) else {
            throw WebError.notFound("photo")
        }
        try app.database.captionPhoto(id: id, delegation: d.id, caption: context.form["caption"])
        return back(context, d, e)
    }

    func addCounterpart(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let name = context.form["name"] else { throw WebError.badRequest("請填姓名。", "Give a name.") }
        try app.database.addCounterpart(Counterpart(name: name, title: context.form["title"], organisation: context.form["organisation"]),
                                        delegation: d.id, event: e.id)
        return back(context, d, e)
    }

    func addOutcome(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let text = context.form["text"] else { throw WebError.badRequest("成果內容是空的。", "The outcome is empty.") }
        try app.database.addOutcome(Outcome(text: text, date: context.form["date"].flatMap { LocalDate(iso: $0) }), delegation: d.id, event: e.id)
        return back(context, d, e)
    }

    func addFollowUp(_ context: WebContext) throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let task = context.form["task"] else { throw WebError.badRequest("事項是空的。", "The task is empty.") }
        try app.database.addFollowUp(FollowUp(task: task, owner: context.form["owner"], due: context.form["due"].flatMap { LocalDate(iso: $0) }),
                                     delegation: d.id, event: e.id)
        return back(context, d, e)
    }

    /// A logged photo by database id; the file is found through the database, never a path from the URL.
    func photo(_ context: WebContext) throws -> Response {
        let d = try app.delegation(context)
        guard let id = Int64(try context.parameters.require("id")),
              let file = d.events.flatMap(\.photos).first(where: { $0.id == id })?.file,
              let data = FileManager.default.contents(atPath: app.config.location.url(ofStored: file).path),
              let type = ImageType.sniff(data) else { throw WebError.notFound("photo") }
        return Response(status: .ok, headers: [.contentType: type.mediaType, .cacheControl: "private, max-age=86400"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
