public import ArgumentParser
public import EvalFeedbackCore

// The library's enums as option values: their raw values are what users type.
extension OutputFormat: ExpressibleByArgument {}
extension CaseOutcome: ExpressibleByArgument {}
extension ClientSatisfaction: ExpressibleByArgument {}
extension Ruling: ExpressibleByArgument {}
extension CaseSource: ExpressibleByArgument {}
extension ExportProfile: ExpressibleByArgument {}
extension LetterKind: ExpressibleByArgument {}
extension LetterLanguage: ExpressibleByArgument {}
