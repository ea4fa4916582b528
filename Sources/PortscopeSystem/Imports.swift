// swift-system's types (`Errno`, `FilePath`) are this module's vocabulary: its API throws
// `Errno`, so it re-exports them. The C library is not re-exported: every file imports what
// it uses (see the guarded `import Glibc` at the top of each), and the build checks it.
@_exported import SystemPackage
