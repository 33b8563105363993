/// Lines a record's fields up with the header's columns, or says why that cannot be done
/// safely (R5).
///
/// A record of the header's width is aligned as it is. Two common slips are repaired, with a
/// warning, because rejecting them would lose their low scores (R4): a record that stops
/// after its scores but before the header's last columns (the missing values are read as
/// empty), and an unquoted delimiter in the last column's text (the surplus fields are joined
/// back into it). A repair is made only when every score column then holds a score or "not
/// applicable": a shifted record puts text in a score column, and is rejected instead.
enum ColumnAlignment {
    /// The outcome for one record.
    enum Outcome: Equatable {
        /// The fields, one per header column, and the repair made, if any.
        case aligned([[UInt8]], repair: FieldProblem?)
        /// Why the record cannot be read as a response.
        case rejected(String)
    }

    static func align(_ fields: [[UInt8]], header: HeaderMap, delimiter: UInt8) -> Outcome {
        let width = header.width
        let count = fields.count
        let needed = (header.columns.values.max() ?? 0) + 1
        let mismatch = "has \(count) fields where the header has \(width)"
        if count == width { return .aligned(fields, repair: nil) }
        if count > width, fields[width...].allSatisfy(\.isEmpty), scoresReadable(fields, header) {
            return .aligned(Array(fields.prefix(width)), repair: nil)  // a trailing delimiter on the line
        }
        if count < width {
            let padded = fields + Array(repeating: [], count: width - count)
            if count >= needed { return .aligned(padded, repair: nil) }  // only unused columns are missing
            let scoresPresent = EvaluationField.required.allSatisfy { (header.columns[$0] ?? 0) < count }
            guard scoresPresent, scoresReadable(padded, header),
                let field = header.columns.filter({ $0.value >= count }).min(by: { $0.value < $1.value })?.key
            else {
                return .rejected(
                    "\(mismatch); a delimiter is missing or the line was cut off, so its scores cannot be read safely")
            }
            return .aligned(
                padded,
                repair: FieldProblem(
                    field: field, message: "missing: the record \(mismatch); read as empty, check the line"))
        }
        let last = width - 1
        guard let field = header.columns.first(where: { $0.value == last })?.key, field.dimension == nil else {
            return .rejected(
                "\(mismatch); a delimiter in an unquoted value shifts the columns, so its scores cannot be read safely")
        }
        let joined = Array(fields[last...].joined(separator: [delimiter]))
        let repaired = Array(fields.prefix(last)) + [joined]
        guard scoresReadable(repaired, header) else {
            return .rejected(
                "\(mismatch); a delimiter in an unquoted value shifts the columns, so its scores cannot be read safely")
        }
        return .aligned(
            repaired,
            repair: FieldProblem(
                field: field,
                message:
                    "holds an unquoted delimiter: the record \(mismatch), the last \(count - last) were read as this one field; check the line"
            ))
    }

    /// True when every score column holds a score or "not applicable": evidence that the
    /// columns line up.
    private static func scoresReadable(_ fields: [[UInt8]], _ header: HeaderMap) -> Bool {
        EvaluationField.required.allSatisfy { field in
            guard let index = header.columns[field] else { return true }
            if case .invalid = ScoreValue(parsing: String(decoding: fields[index], as: UTF8.self)) { return false }
            return true
        }
    }
}
