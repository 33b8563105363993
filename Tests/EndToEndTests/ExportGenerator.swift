import Foundation

/// Writes a deterministic canonical export: the same count and seed give the same bytes.
/// About 12% of responses have a low score; comments have commas, quotes and line breaks.
enum ExportGenerator {
    static func write(rows: Int, seed: UInt64, to url: URL, idPrefix: String = "G") throws {
        var random = SplitMix(seed: seed)
        var text =
            "response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
            + "score_training,score_day,score_facilities,score_trainer,comment\r\n"
        let trainings = [
            "Projectmatig werken", "Excel voor gevorderden", "Leidinggeven in de praktijk", "Agile werken",
        ]
        let clients = [
            "Zorggroep Het Baken", "Gemeente Zuidwolde", "Hogeschool Rijnland", "\"Bouwbedrijf Van Dijk, Zn.\"",
        ]
        let comments = ["", "", "Goed, maar \"te\" snel", "Prima dag", "Zaal te klein,\nkoffie op", "Top!"]
        for index in 0..<rows {
            let day = 1 + index % 28
            let low = random.next() % 100 < 12
            var scores = (0..<4).map { _ in String(7 + random.next() % 4) }
            if low { scores[Int(random.next() % 4)] = String(1 + random.next() % 6) }
            let when = "2026-10-\(day < 10 ? "0" : "")\(day)T\(10 + index % 8):\(10 + index % 50):00"
            text += "\(idPrefix)-\(index),\(when),\(trainings[index % 4]),2026-10-\(day < 10 ? "0" : "")\(day),"
            text += "Eva Bos,\(clients[index % 4]),Deelnemer \(index),d\(index)@example.org,"
            text += scores.joined(separator: ",") + ","
            let comment = comments[Int(random.next() % UInt64(comments.count))]
            text += comment.isEmpty ? "" : "\"" + comment.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "\r\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A small, fast, seedable generator (SplitMix64).
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
