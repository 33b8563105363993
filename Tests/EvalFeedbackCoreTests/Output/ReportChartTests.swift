import Foundation
import Testing

@testable import EvalFeedbackCore

/// A register with one month of responses whose day scores are 6, 6.5, 6,5 and 9.
private func oneMonth() throws -> AppDatabase {
    let store = try AppDatabase.inMemory()
    try store.importText(
        [
            canonicalHeader,
            row("C-1", scores: ["8", "6", "8", "8"]),
            row("C-2", scores: ["8", "6.5", "8", "8"]),
            row("C-3", scores: ["8", "\"6,5\"", "8", "8"]),
            row("C-4", scores: ["8", "9", "8", "8"]),
        ].joined(separator: "\n"))
    return store
}

private func html(_ report: QuarterlyReport) throws -> String {
    String(decoding: try report.rendered(as: .html, csvSeparator: .semicolon), as: UTF8.self)
}

@Suite("The report's charts and words for management")
struct ReportChartTests {
    @Test("The trend draws one series per dimension, each in a colour of its own, with its legend entry")
    func seriesPerDimension() {
        let months = [
            QuarterlyReport.MonthMeans(month: "2026-10", responses: 4, means: Dimension.allCases.map { _ in 7.5 }),
            QuarterlyReport.MonthMeans(month: "2026-11", responses: 4, means: Dimension.allCases.map { _ in 8 }),
        ]
        let svg = SVGChart.trend(months, words: .english)
        let colours = Dimension.allCases.map(\.chartColour)
        #expect(Set(colours).count == Dimension.allCases.count, "no two dimensions share a colour")
        for dimension in Dimension.allCases {
            #expect(svg.contains("stroke=\"\(dimension.chartColour)\""), "\(dimension) has its line")
            #expect(
                svg.contains("fill=\"\(dimension.chartColour)\"/><text") && svg.contains(">\(dimension.label)</text>"),
                "\(dimension) has its legend entry")
        }
    }

    @Test("R2: the distribution counts the low scores of each bar: 6 is low, 6.5 (at 6) is not")
    func lowCounts() throws {
        let report = try oneMonth().quarterlyReport(
            try require(Quarter("2026-Q4")), today: LocalDate(checked: 2026, 11, 26))
        let day = try #require(report.distribution.first { $0.dimension == .day })
        #expect(day.counts[5] == 3)
        #expect(day.lowCounts[5] == 1)
        #expect(day.lowCounts[8] == 0)
    }

    @Test("R2: a bar holding low and higher scores is split: red for the low part only")
    func splitBar() {
        let svg = SVGChart.distribution(
            [0, 0, 0, 0, 2, 4, 3, 0, 0, 0], low: [0, 0, 0, 0, 2, 1, 0, 0, 0, 0], title: "Scores for the day", words: .english)
        #expect(svg.contains("class=\"ok\"><title>score 6: 4, of which 1 low</title>"))
        #expect(svg.contains("class=\"low\"><title>score 6: 4, of which 1 low</title>"))
        #expect(svg.contains("class=\"low\"><title>score 5: 2, low</title>"))
        #expect(!svg.contains("class=\"ok\"><title>score 5"))
        #expect(svg.contains("class=\"ok\"><title>score 7: 3</title>"))
    }

    @Test("No bar label reaches the chart's title, however tall the bar")
    func labelsOffTheTitle() throws {
        let svg = SVGChart.distribution(
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 50], low: Array(repeating: 0, count: 10), title: "T", words: .english)
        let title = try #require(svg.firstMatch(of: /<text x="[0-9.]+" y="([0-9.]+)" class="label">T<\/text>/))
        let tallest = try #require(svg.firstMatch(of: /<text x="[0-9.]+" y="([0-9.]+)" class="tick">50<\/text>/))
        // 12 px type: the count's line must lie at least a line below the title's.
        #expect(try #require(Double(tallest.output.1)) - (try #require(Double(title.output.1))) >= 14)
    }

    @Test("The distribution has a legend, and its four charts sit two by two")
    func legendAndGrid() throws {
        let page = try html(
            try oneMonth().quarterlyReport(try require(Quarter("2026-Q4")), today: LocalDate(checked: 2026, 11, 26)))
        #expect(page.contains("<span class=\"key low\"></span>red: low, 6 or lower"))
        #expect(page.contains("<div class=\"charts distribution\">"))
        #expect(
            page.contains(".charts.distribution { display: grid; grid-template-columns: repeat(2, minmax(0, 24rem)); }")
        )
    }

    @Test("With one month of data the trend draws large points, each labelled with its dimension and value")
    func oneMonthTrend() throws {
        let report = try oneMonth().quarterlyReport(
            try require(Quarter("2026-Q4")), today: LocalDate(checked: 2026, 11, 26))
        let svg = SVGChart.trend(report.trend, words: .english)
        #expect(svg.components(separatedBy: "r=\"5.0\"").count - 1 == 4, "four large points")
        #expect(svg.contains(">training 8.00</text>"))
        #expect(svg.contains(">day 7.00</text>"))
        #expect(svg.contains(">2026-11</text>"), "the month is named")
    }

    @Test("Plain words: rule numbers only in the notes, and 'no personal data' said once, in every format")
    func plainWords() throws {
        let report = try oneMonth().quarterlyReport(
            try require(Quarter("2026-Q4")), today: LocalDate(checked: 2026, 11, 26))
        for format in [OutputFormat.text, .markdown, .html] {
            let text = String(decoding: try report.rendered(as: format, csvSeparator: .semicolon), as: UTF8.self)
            let notes = try #require(text.range(of: "Notes"), "\(format)")
            let body = text[..<notes.lowerBound]
            #expect(body.firstMatch(of: /\bR1?[0-9]\b/) == nil, "\(format): a rule number before the notes")
            #expect(text[notes.lowerBound...].contains("R11"))
            #expect(text.components(separatedBy: "no personal data").count - 1 == 1, "\(format): said once")
            #expect(!text.contains("mean "), "\(format): 'average', not 'mean'")
            #expect(!text.contains("flags"), "\(format)")
        }
    }
}
