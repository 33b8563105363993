import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

/// The list and case pages are kept for the register's last committed state (`PageCache`):
/// a page shown again must never be older than the last commit, whoever made it.
@Suite("Pages kept since the register's last commit")
struct PageCacheTests {
    /// Changes case `id`'s summary from another process (Python's sqlite3) and commits.
    private func changeSummary(of id: Int64, to summary: String, in fixture: ServerFixture) throws {
        let path = fixture.folder.appendingPathComponent("register.sqlite").path
        let python = try ChildProcess.python([
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                + "c.execute('UPDATE complaint_case SET summary = ? WHERE id = ?', (sys.argv[2], int(sys.argv[3]))); "
                + "c.commit()",
            path, summary, String(id),
        ])
        #expect(python.status == 0, "\(python.errors)")
    }

    @Test("A commit by another process is seen on the next request, on the list and on the case page")
    func commitByAnotherProcess() async throws {
        let fixture = try ServerFixture()
        try await fixture.pooledApplication().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            // Each page twice: the second is the kept one.
            for _ in 1...2 {
                #expect(try await browser.get("/").body.contains("Te veel theorie"))
                #expect(try await browser.get("/cases/\(fixture.markCase)").body.contains("Te veel theorie"))
            }
            try changeSummary(of: fixture.markCase, to: "Door een ander proces gewijzigd", in: fixture)
            let list = try await browser.get("/")
            #expect(list.body.contains("Door een ander proces gewijzigd"))
            #expect(!list.body.contains("Te veel theorie"))
            let page = try await browser.get("/cases/\(fixture.markCase)")
            #expect(page.body.contains("<dd class=\"text\">Door een ander proces gewijzigd</dd>"))
            // (The history still has the complaint as registered.)
            #expect(!page.body.contains("<dd class=\"text\">Te veel theorie"))
        }
    }

    @Test(
        "A step recorded on this server is on the next page, with its message once; the page after is the same without it"
    )
    func stepOnThisServer() async throws {
        let fixture = try ServerFixture()
        try await fixture.pooledApplication().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let before = try await browser.get("/cases/\(fixture.markCase)")
            #expect(!before.body.contains("Gebeld met de klant"))
            let posted = try await browser.post(
                "/cases/\(fixture.markCase)/note", [("on", "2026-11-26"), ("text", "Gebeld met de klant")])
            #expect(posted.status == 303)
            let after = try await browser.get("/cases/\(fixture.markCase)")
            #expect(after.body.contains("Gebeld met de klant"))
            #expect(after.body.contains("class=\"flash\""))
            let again = try await browser.get("/cases/\(fixture.markCase)")
            #expect(again.body.contains("Gebeld met de klant"))
            #expect(!again.body.contains("class=\"flash\""), "the message is shown once, and not kept")
        }
    }

    @Test("A user disabled by another process after their pages were kept is signed out at the next request")
    func disabledByAnotherProcess() async throws {
        let fixture = try ServerFixture()
        try await fixture.pooledApplication().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            for _ in 1...2 { #expect(try await browser.get("/").status == 200) }
            let path = fixture.folder.appendingPathComponent("register.sqlite").path
            let python = try ChildProcess.python([
                "-c",
                "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    + "c.execute(\"UPDATE web_user SET disabled_on = '2026-11-26' WHERE login = 'mark'\"); c.commit()",
                path,
            ])
            #expect(python.status == 0, "\(python.errors)")
            #expect(try await browser.get("/").status == 303)
            #expect(try await browser.get("/cases/\(fixture.markCase)").status == 303)
        }
    }

    @Test("A kept page is one user's: another user on the same register gets their own")
    func perUser() async throws {
        let fixture = try ServerFixture()
        try await fixture.pooledApplication().test(.router) { client in
            var mark = Browser(client)
            #expect(try await mark.login("mark") == 303)
            #expect(try await mark.get("/").body.contains("/cases/\(fixture.markCase)"))
            var olga = Browser(client)
            #expect(try await olga.login("olga") == 303)
            let theirs = try await olga.get("/")
            #expect(theirs.body.contains("/cases/\(fixture.olgaCase)"))
            #expect(!theirs.body.contains("/cases/\(fixture.markCase)\""))
            #expect(try await olga.get("/cases/\(fixture.markCase)").status == 404)
        }
    }
}
