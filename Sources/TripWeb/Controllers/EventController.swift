import Foundation
import Hummingbird
import TripApp
import TripModel

/// An event's page and what is logged on it: notes (edits keep the previous text; a stale
/// edit is told, not saved), photos and their captions (a stale caption edit likewise), people
/// met, outcomes, follow-ups. Every value is read by the plan reader as the same key in a plan
/// file (in the use cases); a refused one shows the page again with what was typed and the
/// field marked.
struct EventController: Sendable {
    let app: WebApp

    func addRoutes(to router: Router<WebContext>) {
        router.get("/d/:trip/e/:event") { request, context in
            try await page(
                context,
                notesPage: request.uri.queryParameters["page"] == nil ? nil : try WebApp.pageRequest(request),
                saved: AfterSave(
                    already: request.uri.queryParameters["already"].map(String.init),
                    warn: request.uri.queryParameters["warn"].map(String.init)
                )
            )
        }
        router.post("/d/:trip/e/:event/notes") { _, context in try await addNote(context) }
        router.post("/d/:trip/e/:event/notes/:note") { _, context in try await editNote(context) }
        router.post("/d/:trip/e/:event/photos") { _, context in try await addPhotos(context) }
        router.post("/d/:trip/e/:event/photos/:photo/caption") { _, context in try await caption(context) }
        router.post("/d/:trip/e/:event/counterparts") { _, context in try await addCounterpart(context) }
        router.post("/d/:trip/e/:event/outcomes") { _, context in try await addOutcome(context) }
        router.post("/d/:trip/e/:event/followups") { _, context in try await addFollowUp(context) }
        router.get("/d/:trip/photo/:id") { request, context in try await photo(request, context) }
    }

    /// The page of notes (by their ids, oldest first) shown when the address names none: the one
    /// holding the note whose edit form is shown again (`note-ID`), else the last.
    static func defaultNotesPage(_ ids: [Int64], retrying form: String?, size: Int = PageRequest.defaultSize) -> PageRequest {
        if let form, form.hasPrefix("note-"), let id = Int64(form.dropFirst(5)), let index = ids.firstIndex(of: id) {
            return PageRequest(number: index / size + 1, size: size)
        }
        return PageRequest(number: max(1, (ids.count + size - 1) / size), size: size)
    }

    /// Back to the page the form came from (a local path only), else the event page.
    func back(_ context: WebContext, _ target: EventTarget) -> Response {
        app.redirect(LocalRedirect.path(context.form["back"], or: "/d/\(target.trip.pathEscaped)/e/\(target.event.pathEscaped)"))
    }

    /// Answers 404 or 403 before a form is read when the event is not there or the requester
    /// may not log on its delegation.
    private func requireLog(_ context: WebContext) async throws {
        let d = try await app.delegation(context)
        let event = try context.parameters.require("event")
        guard d.events.contains(where: { $0.id == event }) else {
            throw AppError.store(.noSuchEvent(event, delegation: d.id, suggestions: NearestNames.nearest(to: event, among: d.events.map(\.id))))
        }
        try Access.requireLog(context.requester, on: d)
    }

    /// The event's page; its notes a page at a time (`notesPage`, nil for the page holding the
    /// note a refused edit names, else the last page: the newest notes, where a new one lands);
    /// `saved`: what the save that came back here has to say.
    func page(
        _ context: WebContext,
        notesPage: PageRequest? = nil,
        retry: Retry = Retry(),
        saved: AfterSave = AfterSave(already: nil)
    ) async throws
        -> Response
    {
        let read = try await ReadEvent(app.context(context)).run(try app.target(context).read)
        let d = read.delegation
        let e = read.event
        let lang = context.lang
        // What may be corrected, with revisions, and the latest corrections: for those who may log.
        let mayLog = Access.mayLog(context.requester, on: d)
        let entries = try await ReadLogged(app.context(context)).run(EventTarget(trip: d.id, event: e.id))
        let changes = mayLog ? try await ReadHistory(app.context(context)).run(ReadHistory.Input(trip: d.id, event: e.id)).changes : []
        let latest = CorrectionController.latest(changes)
        let recent = changes.suffix(5).reversed().map {
            CorrectionController.line($0, in: d, requester: context.requester, lang: lang, latest: latest)
        }
        let labels = DelegationLabels(delegation: d, lang: lang)
        let base = "/d/\(d.id.pathEscaped)/e/\(e.id.pathEscaped)"
        func form(_ name: String) -> FormView? {
            guard let (shown, state) = retry.form, shown == name else { return nil }
            return FormView(state)
        }
        let revisions = Dictionary(entries.map { ($0.item, $0.revision) }, uniquingKeysWith: { a, _ in a })
        let otherEvents = d.events.filter { $0.id != e.id }.map { Choice(id: $0.id, name: "\(labels.day($0.date)) \($0.title)", selected: false) }
        func fix(_ item: LoggedItem, fields: [FixView.Field] = []) -> FixView? {
            guard mayLog, let revision = revisions[item] else { return nil }
            return FixView(
                action: "\(base)/items/\(CorrectionController.path(item))",
                revision: revision,
                events: otherEvents,
                fields: fields,
                movable: !otherEvents.isEmpty,
                editable: !fields.isEmpty
            )
        }
        let shownNotes = PageOf(slicing: read.notes, notesPage ?? Self.defaultNotesPage(read.notes.map(\.id), retrying: retry.form?.name))
        let notes = shownNotes.rows.map { n in
            EventPage.NoteView(
                id: n.id,
                text: n.text.nonEmpty,
                revision: n.revision,
                author: n.author.flatMap { d.member($0)?.name ?? $0 }?.nonEmpty,
                at: n.createdAt.map { labels.instant($0, zone: e.start.zone) }?.nonEmpty,
                edited: n.revision > 1,
                previous: n.previous.reversed().map { EventPage.Earlier(text: $0.nonEmpty) },
                action: "\(base)/notes/\(n.id)",
                form: form("note-\(n.id)"),
                fix: fix(.note(n.id))
            )
        }
        let photos = e.photos.compactMap { p -> EventPage.PhotoView? in
            guard let id = p.id else { return nil }
            let links = p.file.map { ImageRequest.Links("/d/\(d.id.pathEscaped)/photo/\(id)", version: ReadStoredFile.version(ofStored: $0)) }
            return EventPage.PhotoView(
                src: links?.thumbnail,
                view: links?.view,
                original: links?.original,
                caption: p.caption?.nonEmpty,
                captionAction: "\(base)/photos/\(id)/caption",
                captionRevision: EditRevision.of(caption: p.caption),
                taken: p.takenAt.map { labels.instant($0, zone: e.start.zone) }?.nonEmpty,
                form: form("caption-\(id)"),
                fileAction: "\(base)/photos/\(id)/file",
                fix: fix(.photo(id))
            )
        }
        let forms = retry.form.map { _ in
            EventPage.Forms(
                note: form("note"),
                photos: form("photos"),
                counterpart: form("counterpart"),
                outcome: form("outcome"),
                followUp: form("followUp")
            )
        }
        let page = EventPage(
            trip: TripHeader(d, requester: context.requester, lang: lang),
            event: EventPage.EventLine(
                id: e.id,
                title: e.title,
                kind: e.kind.name(lang),
                day: labels.day(e.date),
                time: labels.span(e)?.nonEmpty,
                place: e.placeID.map { labels.place($0) }?.nonEmpty,
                host: e.host?.nonEmpty,
                who: labels.who(e.participants) ?? Word.everyone.text.text(lang),
                action: base
            ),
            diagnostics: read.checks.diagnostics(naming: e.id).filter { $0.acknowledged == nil }
                .map { DiagnosticLine($0, lang: lang) },
            notes: notes,
            pager: Pager(shownNotes, path: base, lang: lang),
            notesAddress: Pager.address(base, [], page: shownNotes.number),
            photos: photos,
            counterparts: entries.compactMap { entry -> EventPage.Counterpart? in
                guard case let .counterpart(c) = entry.value else { return nil }
                return EventPage.Counterpart(
                    name: c.name,
                    title: c.title?.nonEmpty,
                    organisation: c.organisation?.nonEmpty,
                    fix: fix(
                        entry.item,
                        fields: [
                            FixView.Field(name: "name", label: Word.name.text.text(lang), value: c.name, type: "text"),
                            FixView.Field(name: "personTitle", label: Word.jobTitle.text.text(lang), value: c.title ?? "", type: "text"),
                            FixView.Field(name: "organisation", label: Word.organisation.text.text(lang), value: c.organisation ?? "", type: "text"),
                        ]
                    )
                )
            },
            outcomes: entries.compactMap { entry -> EventPage.OutcomeLine? in
                guard case let .outcome(o) = entry.value else { return nil }
                return EventPage.OutcomeLine(
                    text: o.text,
                    date: o.date.map { labels.shortDay($0) },
                    fix: fix(
                        entry.item,
                        fields: [
                            FixView.Field(name: "text", label: Word.text.text.text(lang), value: o.text, type: "text"),
                            FixView.Field(name: "date", label: Word.date.text.text(lang), value: o.date?.iso ?? "", type: "date"),
                        ]
                    )
                )
            },
            followUps: entries.compactMap { entry -> EventPage.FollowUpLine? in
                guard case let .followUp(f) = entry.value else { return nil }
                return EventPage.FollowUpLine(
                    task: f.task,
                    owner: f.owner.flatMap { d.member($0)?.name ?? $0 }?.nonEmpty,
                    due: f.due.map { LocalizedText(zh: ROCDate.long($0), en: $0.iso).text(lang) },
                    status: f.status.name(lang),
                    fix: fix(
                        entry.item,
                        fields: [
                            FixView.Field(name: "task", label: Word.task.text.text(lang), value: f.task, type: "text"),
                            Self.ownerField(f.owner, in: d, lang: lang),
                            FixView.Field(name: "due", label: Word.due.text.text(lang), value: f.due?.iso ?? "", type: "date"),
                            FixView.Field(
                                name: "status",
                                label: Word.status.text.text(lang),
                                value: f.status.rawValue,
                                type: "text",
                                choices: FollowUpStatus.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0 == f.status) }
                            ),
                        ]
                    )
                )
            },
            owners: d.members.map { m in
                Choice(id: m.id, name: m.name, selected: m.id == retry.form.flatMap { $0.name == "followUp" ? $0.state.values["owner"] : nil })
            },
            boardLink: "/d/\(d.id.pathEscaped)/followups",
            notices: saved.notices(in: d, lang),
            conflict: retry.noteConflict.map { c in
                EventPage.NoteConflictView(
                    theirs: c.current.text.nonEmpty,
                    yours: c.attempted.nonEmpty,
                    revision: c.current.revision,
                    action: "\(base)/notes/\(c.current.id)"
                )
            },
            captionConflict: retry.captionConflict.map { photo, c in
                EventPage.CaptionConflictView(
                    theirs: c.current.nonEmpty,
                    yours: c.attempted.nonEmpty,
                    revision: c.revision,
                    action: "\(base)/photos/\(photo)/caption"
                )
            },
            forms: forms,
            recent: Array(recent),
            historyLink: "\(base)/history"
        )
        return try app.pages.render("event", page, context: context, status: retry.status)
    }

    /// The page again with a refused form.
    func refused(
        _ context: WebContext,
        form name: String,
        values: [String: String],
        _ problems: FieldProblems,
        field: [String: String] = [:]
    ) async throws -> Response {
        let state = FormState(values: values, problems: problems, lang: context.lang, field: field)
        return try await page(context, retry: Retry(form: (name, state), status: .unprocessableContent))
    }

    /// The typed values of some fields.
    func typed(_ context: WebContext, _ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, context.form.fields[$0]?.first ?? "") })
    }

    func addNote(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        let text = typed(context, ["text"])
        let logged: LogNote.Output
        do {
            // `taken`: when the phone logged it (the offline queue sends it later).
            logged = try await LogNote(app.context(context)).run(LogNote.Input(target, text: text["text"] ?? "", deviceTime: context.form["taken"]))
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "note", values: text, problems)
            default:
                throw error
            }
        }
        // A note by someone not at the meeting is kept, and the page it returns to says so.
        let path = LocalRedirect.path(context.form["back"], or: "/d/\(target.trip.pathEscaped)/e/\(target.event.pathEscaped)")
        return app.redirect(AfterSave.address(path, warnings: logged.warning.map { [$0] } ?? []))
    }

    func editNote(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        try await requireLog(context)
        guard let id = Int64(try context.parameters.require("note")), let revision = context.form["revision"].flatMap(Int.init) else {
            throw WebError.missingNoteRevision
        }
        let typed = typed(context, ["text"])
        do {
            try await EditNote(app.context(context)).run(EditNote.Input(target, note: id, revision: revision, text: typed["text"] ?? ""))
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "note-\(id)", values: typed, problems)
            case let .noteConflict(conflict):
                return try await page(context, retry: Retry(noteConflict: conflict, status: .conflict))
            default:
                throw error
            }
        }
        return back(context, target)
    }

    func addPhotos(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        let typed = typed(context, ["caption"])
        let uploads = context.form.files.filter { $0.field == "photos" }.map { LogPhotos.Upload(fileName: $0.fileName, data: $0.data) }
        let stored: [LogPhotos.Stored]
        do {
            let input = LogPhotos.Input(target, photos: .uploads(uploads), caption: typed["caption"], deviceTime: context.form["taken"])
            stored = try await LogPhotos(app.context(context)).run(input)
        } catch {
            switch error {
            case let .refused(problems):
                // No file chosen is the photos field's problem; the form shows it at the caption.
                return try await refused(context, form: "photos", values: typed, problems, field: ["photos": "caption"])
            default:
                throw error
            }
        }
        // A file the event already had, or a photo taken on another day, is said so on the page
        // it comes back to.
        let path = LocalRedirect.path(context.form["back"], or: "/d/\(target.trip.pathEscaped)/e/\(target.event.pathEscaped)")
        return app.redirect(AfterSave.address(path, stored: stored))
    }

    func caption(_ context: WebContext) async throws -> Response {
        let target = try app.target(context)
        try await requireLog(context)
        guard let id = Int64(try context.parameters.require("photo")) else { throw WebError.notFound("photo") }
        guard let revision = context.form["revision"] else { throw WebError.missingRevision() }
        let typed = typed(context, ["caption"])
        do {
            try await EditCaption(app.context(context)).run(EditCaption.Input(target, photo: id, revision: revision, caption: typed["caption"]))
        } catch {
            switch error {
            case let .refused(problems):
                return try await refused(context, form: "caption-\(id)", values: typed, problems)
            case let .captionConflict(photo, conflict):
                return try await page(context, retry: Retry(captionConflict: (photo, conflict), status: .conflict))
            case .store(.noSuchPhoto):
                throw WebError.notFound("photo")
            default:
                throw error
            }
        }
        return back(context, target)
    }

    /// A logged photo by database id; the file is found through the database, never a path from the URL.
    /// A logged photo: the photo view's downscaled copy, `?size=thumb` the grid's, `?original=1`
    /// the file as logged (a download); see `ImageRequest`.
    func photo(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let id = Int64(try context.parameters.require("id")) else { throw WebError.notFound("photo") }
        let asked = try ImageRequest.of(request)
        let trip = try context.parameters.require("trip")
        let image = try await ReadStoredFile(app.context(context)).run(.photo(trip: trip, id: id, rendition: asked.rendition))
        return ImageResponse.make(image, asked: asked, request: request)
    }
}

extension EventTarget {
    /// The event as a read of its page.
    var read: ReadEvent.Input { ReadEvent.Input(trip: trip, event: event) }
}
