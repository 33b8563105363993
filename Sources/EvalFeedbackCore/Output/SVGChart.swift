import Foundation

/// Inline SVG charts for the HTML report: drawn here, no script and no network, so that the
/// page renders the same on screen, in print and in a mail attachment. Every label is escaped.
enum SVGChart {
    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Ten bars: how many gave each score. The low part of a bar (R2) is red and the rest blue,
    /// so that a bar holding both (6 and 6.5, at a threshold of 6) is split. The title has a
    /// band of its own, above the tallest bar's label.
    static func distribution(_ counts: [Int], low lowCounts: [Int], title: String, words w: ReportWords) -> String {
        let width = 320.0, height = 170.0, left = 28.0, bottom = 22.0, top = 36.0
        let most = max(counts.max() ?? 0, 1)
        let slot = (width - left - 6) / 10
        var svg =
            "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"\(HTMLPage.escape(title))\"><title>\(HTMLPage.escape(title))</title>"
        svg += "<text x=\"\(f(left))\" y=\"14\" class=\"label\">\(HTMLPage.escape(title))</text>"
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - 4))\" y2=\"\(f(height - bottom))\" class=\"axis\"/>"
        for (index, count) in counts.enumerated() {
            let barHeight = (height - bottom - top) * Double(count) / Double(most)
            let x = left + Double(index) * slot + 2
            let low = min(lowCounts[index], count)
            let lowHeight = (height - bottom - top) * Double(low) / Double(most)
            let tooltip =
                low == 0 || low == count
                ? "score \(index + 1): \(count)\(low > 0 ? w.say(", laag", ", low") : "")"
                : w.say("score \(index + 1): \(count), waarvan \(low) laag", "score \(index + 1): \(count), of which \(low) low")
            if count > low {
                svg +=
                    "<rect x=\"\(f(x))\" y=\"\(f(height - bottom - barHeight))\" width=\"\(f(slot - 4))\" "
                    + "height=\"\(f(barHeight - lowHeight))\" class=\"ok\"><title>\(tooltip)</title></rect>"
            }
            if low > 0 {
                svg +=
                    "<rect x=\"\(f(x))\" y=\"\(f(height - bottom - lowHeight))\" width=\"\(f(slot - 4))\" "
                    + "height=\"\(f(lowHeight))\" class=\"low\"><title>\(tooltip)</title></rect>"
            }
            svg += "<text x=\"\(f(x + (slot - 4) / 2))\" y=\"\(f(height - 6))\" class=\"tick\">\(index + 1)</text>"
            if count > 0 {
                svg +=
                    "<text x=\"\(f(x + (slot - 4) / 2))\" y=\"\(f(height - bottom - barHeight - 3))\" class=\"tick\">\(count)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// One line per dimension over the months; a month without responses leaves a gap. With
    /// three months of data or fewer, the points are drawn large and each carries its value, so
    /// that a single month reads as four labelled points rather than four dots.
    static func trend(_ months: [QuarterlyReport.MonthMeans], words w: ReportWords) -> String {
        let labelled = months.count { month in month.means.contains { $0 != nil } } <= 3
        let width = 680.0, height = 240.0, left = 34.0, right = 120.0, top = 14.0, bottom = 26.0
        let values = months.flatMap { $0.means.compactMap { $0 } }
        let low = max(1, ((values.min() ?? 5) - 0.5).rounded(.down))
        let high = 10.0
        let plotWidth = width - left - right
        func x(_ index: Int) -> Double { left + plotWidth * Double(index) / Double(max(months.count - 1, 1)) }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (high - value) / max(high - low, 1) }
        // Labelled points of one month stand side by side, so that equal means do not hide each other.
        func pointX(_ index: Int, _ dimension: Int) -> Double {
            x(index) + (labelled ? (Double(dimension) - Double(Dimension.allCases.count - 1) / 2) * 12 : 0)
        }
        var svg =
            "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"\(w.say("Gemiddelde score per maand", "Average score per month"))\">"
            + "<title>\(w.say("Gemiddelde score per maand", "Average score per month"))</title>"
        for tick in stride(from: low, through: high, by: 1) {
            svg +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(tick)))\" class=\"grid\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" class=\"tick end\">\(Int(tick))</text>"
        }
        for (index, month) in months.enumerated()
        where index % 2 == 0 || months.count <= 6 || (labelled && month.means.contains { $0 != nil }) {
            svg +=
                "<text x=\"\(f(x(index)))\" y=\"\(f(height - 8))\" class=\"tick\">\(HTMLPage.escape(month.month))</text>"
        }
        for (dimension, kind) in Dimension.allCases.enumerated() {
            let colour = kind.chartColour
            var path = ""
            var pen = "M"
            for (index, month) in months.enumerated() {
                guard let mean = month.means[dimension] else {
                    pen = "M"
                    continue
                }
                path += "\(pen)\(f(pointX(index, dimension))),\(f(y(mean))) "
                pen = "L"
                svg +=
                    "<circle cx=\"\(f(pointX(index, dimension)))\" cy=\"\(f(y(mean)))\" r=\"\(labelled ? 5 : 2.5)\" fill=\"\(colour)\">"
                    + "<title>\(HTMLPage.escape(w.dimension(kind))) \(month.month): \(f(mean))</title></circle>"
            }
            if !path.isEmpty { svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>" }
            let label = w.dimension(kind)
            let legendY = top + 16 + Double(dimension) * 18
            svg +=
                "<rect x=\"\(f(width - right + 14))\" y=\"\(f(legendY - 9))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(f(width - right + 30))\" y=\"\(f(legendY))\" class=\"label\">\(HTMLPage.escape(label))</text>"
        }
        if labelled { svg += pointLabels(months, x: x, y: y) }
        return svg + "</svg>"
    }

    /// Each point's dimension and value beside the month's points, in its line's colour;
    /// labels of one month that would overlap are moved apart, keeping their order.
    private static func pointLabels(
        _ months: [QuarterlyReport.MonthMeans], x: (Int) -> Double, y: (Double) -> Double
    ) -> String {
        var svg = ""
        for (index, month) in months.enumerated() {
            let points = zip(Dimension.allCases, month.means).compactMap { dimension, mean in
                mean.map { (dimension: dimension, mean: $0, y: y($0)) }
            }.sorted { $0.y < $1.y }
            var lastY = -Double.infinity
            // Beside the point, on the side away from the legend.
            let leftward = index >= months.count / 2
            let labelX = leftward ? x(index) - 30 : x(index) + 30
            for point in points {
                let labelY = max(point.y + 4, lastY + 13)
                lastY = labelY
                svg +=
                    "<text x=\"\(f(labelX))\" y=\"\(f(labelY))\" class=\"label\(leftward ? " end" : "")\" "
                    + "fill=\"\(point.dimension.chartColour)\" style=\"fill: \(point.dimension.chartColour)\">"
                    + "\(HTMLPage.escape(point.dimension.label)) "
                    + "\(String(format: "%.2f", point.mean))</text>"
            }
        }
        return svg
    }

    /// Horizontal bars: how much of each deadline was met.
    static func deadlines(_ bars: [(label: String, share: Double?)], words w: ReportWords) -> String {
        let width = 520.0, rowHeight = 30.0, left = 200.0
        let height = rowHeight * Double(bars.count) + 10
        var svg =
            "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"Deadlines met\"><title>Deadlines met</title>"
        for (index, bar) in bars.enumerated() {
            let top = 6 + Double(index) * rowHeight
            let full = width - left - 60
            svg += "<text x=\"0\" y=\"\(f(top + 16))\" class=\"label\">\(HTMLPage.escape(bar.label))</text>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(full))\" height=\"20\" class=\"track\"/>"
            if let share = bar.share {
                svg +=
                    "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(full * share))\" height=\"20\" "
                    + "class=\"\(share >= 0.9 ? "ok" : "low")\"/>"
            }
            let text = bar.share.map { String(format: "%.0f%%", $0 * 100) } ?? w.say("geen", "none due")
            svg += "<text x=\"\(f(left + full + 6))\" y=\"\(f(top + 15))\" class=\"label\">\(text)</text>"
        }
        return svg + "</svg>"
    }
}
