extension String {
    /// The text as one word for a POSIX shell, for commands a message suggests: as it is when
    /// it holds only characters the shell takes literally, else in double quotes with `"`,
    /// `$`, `` ` `` and `\` escaped. `Cursus (1).csv` → `"Cursus (1).csv"`.
    public var shellQuoted: String {
        let plain =
            !isEmpty
            && unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || "._-/+,:@%=".unicodeScalars.contains(scalar)
            }
        if plain { return self }
        var quoted = "\""
        for character in self {
            if "\"$`\\".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
