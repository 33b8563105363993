public import Foundation
import GRDB

/// One page the nightly job wrote into the publish folder.
public struct PublishedPage: Sendable, Equatable {
    /// Whose page: an account manager, or nil for the unassigned cases.
    public let manager: String?
    /// The HTML page's file name.
    public let html: String
    /// The CSV's file name, when written.
    public let csv: String?
    /// Cases on it.
    public let cases: Int
    /// Cases that need action today.
    public let actionToday: Int
    /// Cases whose contact or resolution is overdue.
    public let overdue: Int
}

extension AppDatabase {
    /// Writes one follow-up page per account manager (only that manager's cases, R16), one
    /// with the unassigned cases (R15), and `index.html` linking them, each replaced whole.
    /// A manager with nothing open still gets a page, so that no stale list stays behind.
    public func publish(to folder: URL, on day: LocalDate, settings: Settings, csv: Bool) throws -> [PublishedPage] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let everyone = try followUpList(on: day, manager: nil, settings: settings)
        let managers = try writer.read { db in try Self.managers(in: db, defaultManager: settings.defaultManager) }
        var pages: [PublishedPage] = []
        var used: Set<String> = ["index"]
        for name in Set(managers.map { ClientKey.of($0) }).sorted() {
            guard let manager = managers.first(where: { ClientKey.of($0) == name }) else { continue }
            let list = try followUpList(on: day, manager: manager, settings: settings)
            pages.append(try write(list, slug: Self.slug(manager, used: &used), folder: folder, csv: csv))
        }
        let unassigned = everyone.unassigned
        pages.append(try write(unassigned, slug: Self.slug("unassigned", used: &used), folder: folder, csv: csv))
        try AtomicFile.write(Self.index(pages, day: day), to: folder.appendingPathComponent("index.html").path)
        return pages
    }

    private func write(_ list: FollowUpList, slug: String, folder: URL, csv: Bool) throws -> PublishedPage {
        try AtomicFile.write(try list.rendered(as: .html), to: folder.appendingPathComponent(slug + ".html").path)
        if csv {
            try AtomicFile.write(try list.rendered(as: .csv), to: folder.appendingPathComponent(slug + ".csv").path)
        }
        let overdue = list.items.count { $0.action == .contactOverdue || $0.action == .resolutionOverdue }
        return PublishedPage(
            manager: list.manager, html: slug + ".html", csv: csv ? slug + ".csv" : nil, cases: list.items.count,
            actionToday: list.items.count { $0.action.needsAction }, overdue: overdue)
    }

    /// A file name from a name: `Özlem Şahin` → `ozlem-sahin`, unique among `used`.
    static func slug(_ name: String, used: inout Set<String>) -> String {
        let base = ClientKey.of(name).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        var slug = base.isEmpty ? "manager" : base
        var copy = 2
        while used.contains(slug) {
            slug = "\(base)-\(copy)"
            copy += 1
        }
        used.insert(slug)
        return slug
    }

    /// The index page: every page with its counts, and the day of the run.
    static func index(_ pages: [PublishedPage], day: LocalDate) -> [UInt8] {
        let title = "Follow-up lists of \(day.weekdayName) \(day)"
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append(
            "p", "Confidential: for the academy team only (personal data). Made by the nightly run.", class: "meta")
        page.append(
            markup:
                "<table>\n<thead><tr><th>list</th><th>cases</th><th>action today</th><th>overdue</th><th>Excel</th></tr></thead>\n<tbody>\n"
        )
        for entry in pages {
            let name = HTMLPage.escape(entry.manager ?? "Unassigned cases")
            let excel = entry.csv.map { "<a href=\"\(HTMLPage.escape($0))\">CSV</a>" } ?? ""
            page.append(
                markup:
                    "<tr\(entry.overdue > 0 ? " class=\"overdue\"" : "")><td><a href=\"\(HTMLPage.escape(entry.html))\">"
                    + "\(name)</a></td><td>\(entry.cases)</td><td>\(entry.actionToday)</td><td>\(entry.overdue)</td>"
                    + "<td>\(excel)</td></tr>\n")
        }
        page.append(markup: "</tbody>\n</table>\n")
        return page.rendered(style: "tr.overdue td { background: #fde8e8; }")
    }
}

extension FollowUpList {
    /// The cases nobody owns yet (R15): the team's page.
    var unassigned: FollowUpList {
        FollowUpList(day: day, manager: nil, items: items.filter { $0.manager == nil })
    }
}
