public import ArgumentParser
public import EvalFeedbackCore

// The roles as option values: their raw values are what users type.
extension UserRole: ExpressibleByArgument {}
