import Foundation
import Testing

/// `user grant`, `user revoke` and `user list` as the built binary answers them (issue 11).
@Suite("Grants from the command line")
struct GrantCLITests {
    let kyushu = root.appendingPathComponent("seeds/kyushu-2025.yaml").path

    @Test("user grant gives a viewer a delegation, user list shows it, user revoke takes it away")
    func grantListRevoke() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "長官", "--role", "viewer", "--db", db]).status == 0)
            let granted = try tripwright(["user", "grant", "長官", "kyushu-2025", "--db", db])
            #expect(granted.status == 0, "\(granted.err)")
            #expect(granted.out.contains("已授權「長官」以檢視者身分存取出國案「kyushu-2025」"), "\(granted.out)")
            #expect(try tripwright(["user", "list", "--db", db]).out.contains("長官\t檢視者\tkyushu-2025（檢視者）"))
            let changed = try tripwright(["user", "grant", "長官", "kyushu-2025", "--role", "organiser", "--db", db])
            #expect(changed.out.contains("由檢視者改為承辦人"), "\(changed.out)")
            let revoked = try tripwright(["user", "revoke", "長官", "kyushu-2025", "--db", db])
            #expect(revoked.status == 0)
            #expect(revoked.out.contains("已收回「長官」對出國案「kyushu-2025」的承辦人權限"), "\(revoked.out)")
            #expect(try tripwright(["user", "list", "--db", db]).out.contains("長官\t檢視者\t（未授權任何出國案）"))
        }
    }

    @Test("an unknown account or delegation is refused with exit 2 and the nearest name")
    func unknownNamesAreRefused() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "長官甲", "--role", "viewer", "--db", db]).status == 0)
            for command in ["grant", "revoke"] {
                let user = try tripwright(["user", command, "長官", "kyushu-2025", "--db", db])
                #expect(user.status == 2, "\(command)")
                #expect(user.err.contains("沒有名為「長官」的帳號") && user.err.contains("長官甲"), "\(command): \(user.err)")
                let trip = try tripwright(["user", command, "長官甲", "kyushu-2024", "--db", db])
                #expect(trip.status == 2, "\(command)")
                #expect(trip.err.contains("找不到出國案「kyushu-2024」") && trip.err.contains("kyushu-2025"), "\(command): \(trip.err)")
            }
        }
    }

    @Test("a grant to a member account is refused with why, exit 2; a role a grant does not give too")
    func memberGrantIsRefused() throws {
        try withFolder { folder in
            let db = folder.appendingPathComponent("t.sqlite").path
            #expect(try tripwright(["import", kyushu, "--db", db]).status == 0)
            #expect(try tripwright(["user", "add", "葉珀如", "--role", "member", "--db", db]).status == 0)
            let member = try tripwright(["user", "grant", "葉珀如", "kyushu-2025", "--db", db])
            #expect(member.status == 2)
            #expect(member.err.contains("是團員帳號") && member.err.contains("--role viewer"), "\(member.err)")
            let role = try tripwright(["user", "grant", "葉珀如", "kyushu-2025", "--role", "member", "--db", db])
            #expect(role.status == 2)
            #expect(try tripwright(["user", "list", "--db", db]).out.contains("葉珀如\t團員"))
        }
    }
}
