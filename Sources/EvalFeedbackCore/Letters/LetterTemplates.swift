public import Foundation
import Mustache

/// The swift-mustache templates letters and the morning mail are rendered with: shipped with
/// the tool (this target's resources), and an academy's own in the config's
/// `letters.templates` folder, where a file replaces the shipped one of the same name.
///
/// Every template is rendered as plain text: values reach an HTML template already escaped
/// (`LetterFacts.values(html:)`), so triple braces cannot leave a name unescaped.
public struct LetterTemplates: Sendable {
    /// A message's three parts, each its own file: `closing.nl.subject.mustache`, `….text…`, `….html…`.
    public enum Part: String, Sendable, CaseIterable {
        case subject, text, html
    }

    /// One template file and where it came from, for messages.
    public struct File: Sendable, Equatable {
        /// The file.
        public let url: URL
        /// True when it is the academy's own.
        public let isAcademys: Bool
        /// How messages name it: the academy's by path, a shipped one as `shipped:NAME`.
        public var label: String { isAcademys ? url.path : "shipped:" + url.lastPathComponent }
    }

    /// The academy's folder, if one is configured.
    public let folder: URL?

    /// The templates, with the academy's in `folder` first.
    public init(folder: String?) {
        self.folder = folder.map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The shipped templates' folder.
    static var shipped: URL? { Bundle.module.url(forResource: "Templates", withExtension: nil) }

    /// The file name of `name`'s `part` in `language`: `delay.en.html.mustache`.
    static func fileName(_ name: String, _ language: LetterLanguage, _ part: Part) -> String {
        "\(name).\(language.rawValue).\(part.rawValue).mustache"
    }

    /// The file used for `name`'s `part` in `language`: the academy's, else the shipped one.
    func file(_ name: String, _ language: LetterLanguage, _ part: Part) throws(LetterError) -> File {
        let fileName = Self.fileName(name, language, part)
        if let folder {
            let own = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: own.path) { return File(url: own, isAcademys: true) }
        }
        guard let shipped = Self.shipped?.appendingPathComponent(fileName),
            FileManager.default.fileExists(atPath: shipped.path)
        else { throw .noTemplate(name: fileName) }
        return File(url: shipped, isAcademys: false)
    }

    /// Every file a letter of `kind` could use: the shipped ones and, where it has one, the
    /// academy's, so that `letters check` checks both.
    public func files(_ name: String, _ language: LetterLanguage, _ part: Part) -> [File] {
        let fileName = Self.fileName(name, language, part)
        var files: [File] = []
        if let shipped = Self.shipped?.appendingPathComponent(fileName),
            FileManager.default.fileExists(atPath: shipped.path)
        {
            files.append(File(url: shipped, isAcademys: false))
        }
        if let own = folder?.appendingPathComponent(fileName), FileManager.default.fileExists(atPath: own.path) {
            files.append(File(url: own, isAcademys: true))
        }
        return files
    }

    /// `file` rendered with `values`.
    func render(_ file: File, _ values: [String: Any]) throws(LetterError) -> String {
        let source: String
        do {
            source = try String(contentsOf: file.url, encoding: .utf8)
        } catch {
            throw .badTemplate(file: file.label, problem: "cannot be read as UTF-8 text")
        }
        if let template = Self.parsed.template(for: source) { return template.render(values) }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
        } catch {
            throw .badTemplate(file: file.label, problem: "is not a valid Mustache template (\(error))")
        }
        Self.parsed.keep(template, for: source)
        return template.render(values)
    }

    /// Templates parsed before in this process, by their text: parsing cost more than
    /// rendering, and a template edited meanwhile has another text.
    private static let parsed = ParsedTemplates()
}

/// The parsed templates, shared by the threads of one process.
private final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var templates: [String: MustacheTemplate] = [:]

    func template(for source: String) -> MustacheTemplate? { lock.withLock { templates[source] } }
    func keep(_ template: MustacheTemplate, for source: String) { lock.withLock { templates[source] = template } }
}
