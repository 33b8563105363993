import Foundation
import TestSupport
import Testing

/// The procedure the rule numbers cite is kept in the repository (`docs/procedure/`), so that
/// a reader of the code, the tests and the messages can look every number up.
@Suite("The procedure's rules, in the repository")
struct ProcedureTests {
    static let root = Repository.root

    @Test("docs/procedure states every rule R1-R17 that the sources and tests cite")
    func everyCitedRuleIsThere() throws {
        let procedure = try String(
            contentsOf: Self.root.appendingPathComponent("docs/procedure/complaints-procedure.md"), encoding: .utf8)
        let stated = Self.rules(in: procedure)
        #expect(stated == Set(1...17), "the procedure states R1 to R17")
        var cited: Set<Int> = []
        for folder in ["Sources", "Tests"] {
            let walk = FileManager.default.enumerator(atPath: Self.root.appendingPathComponent(folder).path)
            while let file = walk?.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(
                    contentsOf: Self.root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                cited.formUnion(Self.rules(in: text))
            }
        }
        #expect(cited.subtracting(stated).isEmpty, "cited but not in the procedure: \(cited.subtracting(stated))")
    }

    /// The rule numbers `text` names (`R1` ... `R17`, not `R1a` or `RR2`).
    private static func rules(in text: String) -> Set<Int> {
        let pattern = /(^|[^A-Za-z0-9])R([0-9]{1,2})(?![A-Za-z0-9])/.anchorsMatchLineEndings()
        return Set(text.matches(of: pattern).compactMap { Int($0.output.2) })
    }
}
