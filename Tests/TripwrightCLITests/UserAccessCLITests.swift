import Foundation
import Testing

/// `user reset`, `user remove` and `calendar --revoke-links` as the built binary answers them.
@Suite("Accounts and feed links from the command line")
struct UserAccessCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    @Test("user reset prints a new code and user remove takes the account off the list")
    func resetThenRemove() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["init", "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "葉珀如", "--role", "member", "--db", db]).status == 0)
            let reset = try tripwright(["user", "reset", "葉珀如", "--db", db])
            #expect(reset.status == 0)
            #expect(reset.out.contains("已在各處登出"))
            let code = reset.out.split(separator: "\n").last.map(String.init) ?? ""
            #expect(code.count >= 8, "\(reset.out)")
            let removed = try tripwright(["user", "remove", "葉珀如", "--db", db, "--lang", "en"])
            #expect(removed.status == 0)
            #expect(removed.out.contains("Removed user '葉珀如'"))
            #expect(!(try tripwright(["user", "list", "--db", db]).out.contains("葉珀如")))
        }
    }

    @Test("an unknown account is refused with exit 2 and the nearest name")
    func unknownAccountIsRefused() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["init", "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "葉珀如", "--role", "member", "--db", db]).status == 0)
            for command in ["reset", "remove"] {
                let r = try tripwright(["user", command, "葉珀", "--db", db])
                #expect(r.status == 2, "\(command)")
                #expect(r.err.contains("沒有名為「葉珀」的帳號") && r.err.contains("葉珀如"), "\(command): \(r.err)")
            }
        }
    }

    @Test("calendar --revoke-links stops a member's links and says how many")
    func revokeLinksSaysHowMany() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let r = try tripwright(["calendar", "kyushu-2025", "--revoke-links", "--member", "yeh", "--db", db])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("已停用「葉珀如」的行事曆訂閱網址 0 個"), "\(r.out)")
            #expect(!r.out.contains("BEGIN:VCALENDAR"))
            let refused = try tripwright(["calendar", "kyushu-2025", "--revoke-links", "-o", folder.appendingPathComponent("x.ics").path, "--db", db])
            #expect(refused.status == 2)
            #expect(refused.err.contains("--revoke-links"))
        }
    }

    @Test("calendar --revoke-links without --member stops every link of the delegation, each member's too")
    func revokeLinksWithoutMemberStopsEveryLink() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let r = try tripwright(["calendar", "kyushu-2025", "--revoke-links", "--db", db])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("全團所有（含每位人員）的"), "\(r.out)")
        }
    }

    @Test("user add run again says whether the role changed, instead of claiming a new account")
    func userAddAgainSaysTheRoleChange() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["init", "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "boss", "--role", "organiser", "--db", db]).out.contains("已建立帳號「boss」"))
            #expect(try tripwright(["user", "add", "boss", "--role", "organiser", "--db", db]).out.contains("已存在，換發新代碼"))
            let changed = try tripwright(["user", "add", "boss", "--role", "member", "--db", db])
            #expect(changed.out.contains("身分由承辦人改為團員"), "\(changed.out)")
        }
    }

    @Test("a member account whose name is on no members list is created with a note that it will see nothing")
    func memberOnNoListIsWarned() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            let stranger = try tripwright(["user", "add", "王小明", "--role", "member", "--db", db])
            #expect(stranger.status == 0)
            #expect(stranger.err.contains("看不到任何出國案"), "\(stranger.err)")
            let member = try tripwright(["user", "add", "葉珀如", "--role", "member", "--db", db])
            #expect(!member.err.contains("看不到任何出國案"))
        }
    }
}
