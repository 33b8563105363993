/// A report's HTML without its page around it: its own style rules and its body's markup, every
/// value escaped, for a site that shows the report inside its own layout (the server's pages).
public struct HTMLFragment: Sendable, Equatable {
    /// The report's own style rules (tables, charts); the page's base style is the site's.
    public let style: String
    /// The body's markup.
    public let body: String
}
