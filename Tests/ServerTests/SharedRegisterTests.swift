import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@Suite("The pages while an import writes the register")
struct SharedRegisterTests {
    @Test("The list and a case page answer, as last committed, while a write's transaction is open and spilled to disk")
    func pagesDuringImport() async throws {
        let fixture = try ServerFixture()
        let path = fixture.folder.appendingPathComponent("register.sqlite").path
        let app = try await fixture.pooledApplication()
        // Another process's import: one transaction, left open while the pages are asked for.
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let importer = try DatabaseQueue(path: path, configuration: unsafe)
        try await app.test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            try importer.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE; " + SpilledWrite.statements)
            }
            let list = try await browser.get("/")
            #expect(list.status == 200)
            #expect(list.body.contains("/cases/\(fixture.markCase)"))
            #expect(!list.body.contains(SpilledWrite.summary))
            let page = try await browser.get("/cases/\(fixture.markCase)")
            #expect(page.status == 200)
            #expect(page.body.contains("Te veel theorie"))
            try importer.inDatabase { db in try db.execute(sql: "COMMIT") }
            #expect(try await browser.get("/cases/\(fixture.markCase)").body.contains(SpilledWrite.summary))
        }
    }
}
