import Foundation
import Hummingbird
import TripMedia
import TripModel
import TripReport
import TripStore

/// An event's page and what is logged on it: notes (edits keep the previous text; a stale
/// edit is told, not saved), photos and their captions (a stale caption edit likewise), people
/// met, outcomes, follow-ups. Every value is read by the plan reader as the same key in a plan
/// file; a refused one shows the page again with what was typed and the field marked.
struct EventController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/e/:event") { _, context in try page(context) }
        router.post("/d/:trip/e/:event/notes") { _, context in try await addNote(context) }
        router.post("/d/:trip/e/:event/notes/:note") { _, context in try await editNote(context) }
        router.post("/d/:trip/e/:event/photos") { _, context in try await addPhotos(context) }
        router.post("/d/:trip/e/:event/photos/:photo/caption") { _, context in try await caption(context) }
        router.post("/d/:trip/e/:event/counterparts") { _, context in try await addCounterpart(context) }
        router.post("/d/:trip/e/:event/outcomes") { _, context in try await addOutcome(context) }
        router.post("/d/:trip/e/:event/followups") { _, context in try await addFollowUp(context) }
        router.get("/d/:trip/photo/:id") { _, context in try photo(context) }
    }

    var reader: PlanReader { PlanImporter(location: app.config.location).reader }

    private func target(_ context: WebContext, mustLog: Bool) throws -> (Delegation, Event) {
        let d = try app.delegation(context)
        let e = try app.event(try context.parameters.require("event"), in: d)
        if mustLog { try Access.requireLog(context, on: d) }
        return (d, e)
    }

    /// Back to the page the form came from (a local path only), else the event page.
    private func back(_ context: WebContext, trip: String, event: String) -> Response {
        app.redirect(LocalRedirect.path(context.form["back"], or: "/d/\(trip.pathEscaped)/e/\(event.pathEscaped)"))
    }

    /// What the page shows again after a refused or stale post.
    struct Retry {
        /// A note edit based on an old revision.
        var noteConflict: NoteConflict?
        /// A caption edit based on an old caption: the photo, and both texts.
        var captionConflict: (photo: Int64, conflict: EditConflict<String>)?
        /// A form whose values were refused: its name (`note`, `photos`, `counterpart`, …) and state.
        var form: (name: String, state: FormState)?
        /// The status to answer with.
        var status: HTTPResponse.Status = .ok
    }

    func page(_ context: WebContext, retry: Retry = Retry()) throws -> Response {
        let (d, e) = try target(context, mustLog: false)
        let lang = context.lang
        let labels = DelegationLabels(delegation: d, lang: lang)
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
                var v: [String: Any] = ["id": n.id, "text": n.text, "revision": n.revision, "author": n.author.flatMap { d.member($0)?.name ?? $0 } ?? "",
                                        "at": n.createdAt.map { labels.instant($0, zone: e.start.zone) } ?? "", "edited": n.revision > 1,
                                        "previous": n.previous.reversed().map { ["text": $0] }, "action": "\(base)/notes/\(n.id)"]
                if let (name, state) = retry.form, name == "note-\(n.id)" { v["form"] = state.template }
                return v
            },
            "photos": e.photos.compactMap { p -> [String: Any]? in
                guard let id = p.id else { return nil }
                var v: [String: Any] = ["src": p.file == nil ? "" : "/d/\(d.id.pathEscaped)/photo/\(id)", "caption": p.caption ?? "",
                                        "captionAction": "\(base)/photos/\(id)/caption", "captionRevision": EditRevision.of(caption: p.caption),
                                        "taken": p.takenAt.map { labels.instant($0, zone: e.start.zone) } ?? ""]
                if let (name, state) = retry.form, name == "caption-\(id)" { v["form"] = state.template }
                return v
            },
            "counterparts": e.counterparts.map { ["name": $0.name, "title": $0.title ?? "", "organisation": $0.organisation ?? ""] },
            "outcomes": e.outcomes.map { ["text": $0.text, "date": $0.date?.iso ?? ""] },
            "followUps": e.followUps.map { ["task": $0.task, "owner": $0.owner.flatMap { d.member($0)?.name ?? $0 } ?? "",
                                            "due": $0.due?.iso ?? "", "status": $0.status.name(lang)] },
        ]
        if let conflict = retry.noteConflict {
            values["conflict"] = ["theirs": conflict.current.text, "yours": conflict.attempted,
                                  "revision": conflict.current.revision, "action": "\(base)/notes/\(conflict.current.id)"] as [String: Any]
        }
        if let (photo, conflict) = retry.captionConflict {
            values["captionConflict"] = ["theirs": conflict.current, "yours": conflict.attempted, "revision": conflict.revision,
                                         "action": "\(base)/photos/\(photo)/caption"] as [String: Any]
        }
        if let (name, state) = retry.form { values["forms"] = [name: state.template] }
        return try app.pages.render("event", values, context: context, status: retry.status)
    }

    /// The page again with a refused form.
    private func refused(_ context: WebContext, form name: String, values: [String: String], _ problems: FieldProblems,
                         field: [String: String] = [:]) throws -> Response {
        let state = FormState(values: values, problems: problems, lang: context.lang, field: field)
        return try page(context, retry: Retry(form: (name, state), status: .unprocessableContent))
    }

    /// The typed values of some fields.
    private func typed(_ context: WebContext, _ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, context.form.fields[$0]?.first ?? "") })
    }

    /// The hot path of logging: organisers need no delegation load (the store checks that the
    /// event exists); members' rights are checked against the members list.
    func addNote(_ context: WebContext) async throws -> Response {
        let trip = try context.parameters.require("trip"), event = try context.parameters.require("event")
        let text = typed(context, ["text"])
        let note: Note
        do {
            note = try reader.readNote([PlanValue("text", text["text"] ?? "")], zone: .taipei, in: nil)
        } catch {
            return try refused(context, form: "note", values: text, error)
        }
        var author: String?
        if context.user?.role != .organiser {
            let d = try app.database.delegation(trip)
            try Access.requireLog(context, on: d)
            author = context.user.flatMap { Access.memberID(of: $0, in: d) }
        } else if let user = context.user, user.id != 0 {
            author = user.name
        }
        let database = app.database, now = app.config.now(), writer = author, body = note.text
        try await offload { try database.addNote(delegation: trip, event: event, text: body, author: writer, at: now) }
        return back(context, trip: trip, event: event)
    }

    func editNote(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let id = Int64(try context.parameters.require("note")), let revision = context.form["revision"].flatMap(Int.init) else {
            throw WebError.badRequest("缺少筆記版本。", "The note's revision is missing.")
        }
        let typed = typed(context, ["text"])
        let note: Note
        do {
            note = try reader.readNote([PlanValue("text", typed["text"] ?? "")], zone: e.start.zone, in: d)
        } catch {
            return try refused(context, form: "note-\(id)", values: typed, error)
        }
        do {
            let (database, trip, event, text, now) = (app.database, d.id, e.id, note.text, app.config.now())
            try await offload { try database.editNote(id: id, delegation: trip, event: event, revision: revision, text: text, now: now) }
        } catch let conflict as NoteConflict {
            return try page(context, retry: Retry(noteConflict: conflict, status: .conflict))
        }
        return back(context, trip: d.id, event: e.id)
    }

    func addPhotos(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        let files = context.form.files.filter { $0.field == "photos" }
        let typed = typed(context, ["caption"])
        guard !files.isEmpty else {
            return try refused(context, form: "photos", values: typed, FieldProblems([FieldProblem(key: "photos", kind: .plan(.missingKey("photos")))]),
                               field: ["photos": "caption"])
        }
        let caption: String?
        do {
            caption = try captionValue(typed["caption"], zone: e.start.zone, in: d)
        } catch {
            return try refused(context, form: "photos", values: typed, error)
        }
        // Every file must decode completely before any is stored, so a bad one stores nothing
        // (a 3-byte "JPEG" once passed a check of the first bytes and broke every report).
        var uploads: [(source: FileVault.Source, folder: String)] = [], taken: [Date?] = []
        for file in files {
            let format: ImageFormat
            do {
                format = try MediaCheck.decode(file.data, name: file.fileName, accepting: ImageType.uploadable).format
            } catch {
                throw WebError.media(error)
            }
            uploads.append((.data(file.data, fileExtension: format.fileExtension), "photos/\(d.id)"))
            // The camera's clock is local time at the event's place.
            taken.append(PhotoMetadata.taken(in: file.data).flatMap { try? Moment(date: $0.date, time: $0.time, zone: e.start.zone).instant })
        }
        let database = app.database, vault = FileVault(root: app.config.location.files), now = app.config.now()
        let trip = d.id, event = e.id, items = uploads, times = taken
        // Files and rows together: the files are written, then one transaction adds every photo.
        _ = try await offload {
            try database.storingFiles(items, vault: vault) { stored in
                try database.addPhotos(delegation: trip, event: event, zip(stored, times).map { PhotoUpload(file: $0.0, takenAt: $0.1) },
                                       caption: caption, now: now)
            }
        }
        return back(context, trip: d.id, event: e.id)
    }

    /// A caption read as a plan's photo `caption` (nil when blank: no caption).
    private func captionValue(_ text: String?, zone: Zone, in d: Delegation) throws(FieldProblems) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try reader.readPhoto([PlanValue("caption", text)], zone: zone, in: d, baseDirectory: app.config.location.files).caption
    }

    func caption(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        guard let id = Int64(try context.parameters.require("photo")) else { throw WebError.notFound("photo") }
        guard let revision = context.form["revision"] else {
            throw WebError.badRequest("表單缺少版本資訊，請重新整理頁面後再修改。", "The form has no revision; reload the page and edit again.")
        }
        let typed = typed(context, ["caption"])
        let caption: String?
        do {
            caption = try captionValue(typed["caption"], zone: e.start.zone, in: d)
        } catch {
            return try refused(context, form: "caption-\(id)", values: typed, error)
        }
        do {
            let (database, trip, event) = (app.database, d.id, e.id)
            try await offload { try database.captionPhoto(id: id, delegation: trip, event: event, revision: revision, caption: caption) }
        } catch let conflict as EditConflict<String> {
            return try page(context, retry: Retry(captionConflict: (id, conflict), status: .conflict))
        } catch StoreError.noSuchPhoto {
            throw WebError.notFound("photo")
        }
        return back(context, trip: d.id, event: e.id)
    }

    func addCounterpart(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        // The form's "personTitle" is the plan's "title" (the page has a title of its own).
        let typed = typed(context, ["name", "personTitle", "organisation"])
        let person: Counterpart
        do {
            person = try reader.readCounterpart([PlanValue("name", typed["name"] ?? ""), PlanValue("title", typed["personTitle"] ?? ""),
                                                 PlanValue("organisation", typed["organisation"] ?? "")], in: d)
        } catch {
            return try refused(context, form: "counterpart", values: typed, error, field: ["title": "personTitle"])
        }
        let (database, trip, event) = (app.database, d.id, e.id)
        try await offload { try database.addCounterpart(person, delegation: trip, event: event) }
        return back(context, trip: d.id, event: e.id)
    }

    func addOutcome(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        let typed = typed(context, ["text", "date"])
        let outcome: Outcome
        do {
            outcome = try reader.readOutcome(["text", "date"].map { PlanValue($0, typed[$0] ?? "") }, in: d)
        } catch {
            return try refused(context, form: "outcome", values: typed, error)
        }
        let (database, trip, event) = (app.database, d.id, e.id)
        _ = try await offload { try database.addOutcome(outcome, delegation: trip, event: event) }
        return back(context, trip: d.id, event: e.id)
    }

    func addFollowUp(_ context: WebContext) async throws -> Response {
        let (d, e) = try target(context, mustLog: true)
        let typed = typed(context, ["task", "owner", "due"])
        let task: FollowUp
        do {
            task = try reader.readFollowUp(["task", "owner", "due"].map { PlanValue($0, typed[$0] ?? "") }, in: d)
        } catch {
            return try refused(context, form: "followUp", values: typed, error)
        }
        let (database, trip, event) = (app.database, d.id, e.id)
        _ = try await offload { try database.addFollowUp(task, delegation: trip, event: event) }
        return back(context, trip: d.id, event: e.id)
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
