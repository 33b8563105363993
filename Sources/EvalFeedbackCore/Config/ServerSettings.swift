/// The config file's `server:` section: how evalfeedback-server keeps sessions and takes uploads.
public struct ServerSettings: Sendable, Equatable {
    /// The server is reached over TLS (a reverse proxy): session cookies get `Secure`, and a
    /// form's Origin must be `https://`.
    public var behindTLS = false
    /// A session ends after this many minutes without a request.
    public var idleMinutes = 30
    /// The largest export the lead may upload, in MiB.
    public var uploadLimitMB = 50
    /// The server sits behind a reverse proxy on this machine: the client's address, which the
    /// sign-in lockout counts per, is the last one in `X-Forwarded-For`.
    public var trustedProxy = false

    /// The defaults: no TLS, 30 idle minutes, 50 MiB uploads, no proxy.
    public init() {}
}
