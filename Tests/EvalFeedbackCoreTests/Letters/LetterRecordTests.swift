import Foundation
import Testing

@testable import EvalFeedbackCore

@Suite("Letters sent: kept in the history (R13), the register extract and the quarterly report")
struct LetterRecordTests {
    @Test("R13, R14: a sent closing letter is in the history with its SHA-256, and records the closing email sent")
    func closingRecorded() throws {
        var register = try LetterRegister()
        try register.everyStep()
        let fake = try FakeSendmail()
        register.settings.mail.sendmail = fake.command
        let letter = try register.letter(.closing, 3)
        let lines = try letter.send(
            store: register.store, settings: register.settings, lifecycle: try register.rules("2026-12-02"))
        #expect(
            lines == [
                "case 3: closing letter sent to k.dewit@zuidwolde.example on 2026-12-02",
                "case 3: closing email sent on 2026-12-02",
            ])
        #expect(fake.received == [letter.message.rendered], "sendmail got the message exactly as printed")
        let digest = SHA256.hex(letter.message.rendered.utf8)
        let history = try register.store.history(of: 3)
        #expect(
            history.suffix(2).map { "\($0.on) \($0.kind.rawValue) \($0.actor): \($0.note ?? "")" } == [
                "2026-12-02 letter-sent Mark Jansen: closing letter to k.dewit@zuidwolde.example (SHA-256 \(digest))",
                "2026-12-02 closing-email-sent Mark Jansen: ",
            ])
        let closed = try register.store.complaintCase(3, defaultManager: nil)
        #expect(closed.closing?.emailSentOn == LocalDate("2026-12-02"))
        let again = try register.letter(.closing, 3).send(
            store: register.store, settings: register.settings, lifecycle: try register.rules("2026-12-03"))
        #expect(
            again == ["case 3: closing letter sent to k.dewit@zuidwolde.example on 2026-12-03"],
            "a second closing letter keeps the first day the closing email went")
    }

    @Test("A failed send records nothing")
    func failedSend() throws {
        var register = try LetterRegister()
        try register.open()
        let fake = try FakeSendmail(failFor: "k.dewit@")
        register.settings.mail.sendmail = fake.command
        let error = #expect(throws: SendError.self) {
            try register.letter(.acknowledgement, 1).send(
                store: register.store, settings: register.settings, lifecycle: try register.rules("2026-11-20"))
        }
        #expect(error?.description == "'\(fake.command)' exited with 1: mailbox unavailable")
        #expect(try register.store.history(of: 1).map(\.kind) == [.registered])
        register.settings.mail.sendmail = "/nonexistent/sendmail -t"
        let missing = #expect(throws: SendError.self) {
            try register.letter(.acknowledgement, 1).send(
                store: register.store, settings: register.settings, lifecycle: try register.rules("2026-11-20"))
        }
        #expect(missing?.description.hasPrefix("cannot run '/nonexistent/sendmail -t' (") == true)
    }

    @Test("The register extract lists the letters sent: kind and date, and the recipient with personal data only")
    func registerExtract() throws {
        var register = try LetterRegister()
        try register.everyStep()
        register.settings.mail.sendmail = try FakeSendmail().command
        for (kind, id, day) in [(LetterKind.acknowledgement, Int64(1), "2026-11-20"), (.delay, 2, "2026-12-14")] {
            _ = try register.letter(kind, id).send(
                store: register.store, settings: register.settings, lifecycle: try register.rules(day))
        }
        _ = try register.letter(.acknowledgement, 2).send(
            store: register.store, settings: register.settings, lifecycle: try register.rules("2026-12-15"))
        let from = try #require(LocalDate("2026-11-01"))
        let to = try #require(LocalDate("2026-11-30"))
        let plain = try register.store.registerExtract(from: from, to: to, withPersonalData: false)
        let column = try #require(plain.headers(.english).firstIndex(of: "letters sent"))
        #expect(
            plain.rows(.english).map { $0[column] } == [
                "acknowledgement 2026-11-20", "delay 2026-12-14; acknowledgement 2026-12-15", "", "",
            ])
        #expect(!plain.rows(.english).joined().contains { $0.contains("@") }, "no address without personal data (R16)")
        let personal = try register.store.registerExtract(from: from, to: to, withPersonalData: true)
        let sentTo = try #require(personal.headers(.english).firstIndex(of: "letters sent to"))
        #expect(personal.rows(.english)[0][sentTo] == "acknowledgement 2026-11-20 to k.dewit@zuidwolde.example")
    }

    @Test("R11: the quarterly report counts clients told of a delay in time against those who should have been")
    func quarterlyCount() throws {
        let register = try LetterRegister()
        let told = try register.open(on: "2026-10-01")  // told on 10-20, before R10's 10-29: counts
        try register.step(
            told.id,
            .extend(
                reason: "Wachten op de trainer", expected: try #require(LocalDate("2026-11-20")),
                toldOn: try #require(LocalDate("2026-10-20"))), today: "2026-10-20")
        let late = try register.open(on: "2026-10-01")  // told after the four weeks: should have been, was not
        try register.step(
            late.id,
            .extend(
                reason: "Te laat gemeld", expected: try #require(LocalDate("2026-11-30")),
                toldOn: try #require(LocalDate("2026-11-02"))), today: "2026-11-02")
        try register.open(on: "2026-10-02")  // open past the four weeks, never told
        let quick = try register.open(on: "2026-10-05")  // closed within four weeks: nobody to tell
        try register.step(
            quick.id,
            .close(
                on: try #require(LocalDate("2026-10-10")), outcome: .resolved, resolution: "Opgelost", cause: "other",
                satisfied: .yes, emailOwed: false, emailSentOn: nil), today: "2026-10-10")
        let report = try register.store.quarterlyReport(
            try #require(Quarter("2026-Q4")), today: try #require(LocalDate("2026-12-01")))
        #expect(report.handling.delayToldInTime == .init(count: 1, of: 3))
        let text = String(decoding: try report.rendered(as: .text, csvSeparator: .semicolon), as: UTF8.self)
        #expect(
            text.contains(
                "Client told of the delay before the four weeks ended: 1 of 3 cases that took longer (33.3%)."))
    }

    @Test("R17: a year after the case ended, the letters' recipient goes with its personal data; kind and date stay")
    func purged() throws {
        var register = try LetterRegister()
        try register.everyStep()
        register.settings.mail.sendmail = try FakeSendmail().command
        _ = try register.letter(.closing, 3).send(
            store: register.store, settings: register.settings, lifecycle: try register.rules("2026-12-02"))
        _ = try register.store.purge(today: try #require(LocalDate("2027-12-03")), dryRun: false)
        let letters = try register.store.letters(of: [3])[3]
        #expect(letters?.map(\.kind) == [.closing])
        #expect(letters?.map(\.recipient) == [nil])
    }
}
