/// What a session does differently for the rows of an Excel workbook (`WorkbookReader`).
extension ImportSession {
    /// A workbook row as wide as the header: its empty cells at the end were never written, and
    /// empty cells beyond the header are nothing. A filled one beyond it stays, and is rejected.
    static func fitted(_ fields: [[UInt8]], width: Int) -> [[UInt8]] {
        var fields = fields
        while fields.count > width, fields.last?.isEmpty == true { fields.removeLast() }
        if fields.count < width { fields += repeatElement([], count: width - fields.count) }
        return fields
    }

    /// A date written as a bare Excel serial (a cell styled as a number): read as the date.
    static func readSerialDates(_ values: inout [EvaluationField: String], system: ExcelDate.System) {
        for field in [EvaluationField.submittedAt, .trainingDate] {
            guard let text = values[field]?.trimmed, let serial = ExcelDate.serial(text), serial >= 1,
                let date = ExcelDate.text(serial, system: system, withTime: field == .submittedAt)
            else { continue }
            values[field] = date
        }
    }
}
