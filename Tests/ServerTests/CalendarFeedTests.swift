import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EvalFeedbackWeb

@Suite("The calendar feed")
struct CalendarFeedTests {
    @Test(
        "A manager's feed: all-day contact and resolution deadlines of their open cases, stable ids, no personal data")
    func feed() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            try await browser.get("/settings")
            #expect(try await browser.post("/settings/calendar").status == 303)
            let settings = try await browser.get("/settings")
            let address = try #require(settings.body.range(of: "http://localhost/calendar/")).upperBound
            let file = String(settings.body[address...].prefix { $0 != "<" })
            #expect(file.hasSuffix(".ics"))
            // No session: a calendar app fetches the feed by its secret address alone.
            let response = try await client.execute(uri: "/calendar/\(file)", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = String(buffer: response.body)
            let calendar = try StrictICalendar(text)
            #expect(
                calendar.events.map { $0.properties["UID"]! } == [
                    "case-\(fixture.markCase)-contact@evalfeedback", "case-\(fixture.markCase)-resolution@evalfeedback",
                ])
            #expect(calendar.events.map { $0.properties["DTSTART"]! } == ["20261125", "20261221"])
            #expect(
                calendar.events[0].properties["SUMMARY"]
                    == "Zaak \(fixture.markCase): contact uiterlijk – Projectmatig werken")
            for secret in ["Cor Client", "cor@client.example", "theorie", "Acme"] { #expect(!text.contains(secret)) }
            // The same request twice gives the same feed: the ids are stable.
            let again = try await client.execute(uri: "/calendar/\(file)", method: .get)
            #expect(String(buffer: again.body) == text)
            // Renewed, the old address is a 404.
            #expect(try await browser.post("/settings/calendar").status == 303)
            #expect(try await client.execute(uri: "/calendar/\(file)", method: .get).status == .notFound)
        }
    }

    @Test("TEXT values are escaped and long lines folded, and the strict reader accepts them")
    func escaping() throws {
        #expect(CalendarFeed.escaped("a;b,c\\d\ne\u{7}") == "a\\;b\\,c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = CalendarFeed.folded(long)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
    }

    @Test(
        "The strict reader refuses what a feed must not hold",
        arguments: [
            "BEGIN:VCALENDAR\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261126T000000Z\r\nDTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261127\r\nSUMMARY:a,b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n",
        ])
    func strictReader(text: String) {
        #expect(throws: StrictICalendar.Problem.self) { try StrictICalendar(text) }
    }
}
