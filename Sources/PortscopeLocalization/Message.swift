/// Every user-facing message of `explain` and of the pages, by key. The texts are in the
/// catalogues (``Catalogue``), one per ``Language``; a test fails when one lacks a key or a
/// translation's `{placeholders}` differ from the English ones.
public enum Message: String, CaseIterable, Sendable {
    // MARK: General
    case yes
    case no
    case noneWord
    case unknown
    case listAnd
    case listMore
    // MARK: IANA ranges (RFC 6335)
    case rangeSystemTitle
    case rangeUserTitle
    case rangeDynamicTitle
    case rangeSystemMeaning
    case rangeUserMeaning
    case rangeDynamicMeaning
    // MARK: The verdict: can a service live on the port?
    case verdictPortZero
    case verdictRegistered
    case verdictLinuxDefault
    case verdictLinuxDefaultAlso
    case verdictNotEphemeralByDefault
    case verdictOutsideLinuxOne
    case verdictOutsideLinuxMany
    case verdictHostEphemeral
    case verdictHostReserved
    case verdictNotEphemeralAnywhere
    case verdictNotHereButOne
    case verdictNotHereButMany
    case verdictPrivileged
    case usageElsewhereContainer
    case usageElsewhereNamespace
    case usageListenerHidden
    case usageListenersOne
    case usageListenersMany
    case usageConnectionsOne
    case usageConnectionsMany
    // MARK: Host notes
    case noteReservedMissing
    case noteUnprivilegedMissing
    // MARK: explain, text
    case sectionWhatItIs
    case sectionRegistrations
    case sectionEphemeral
    case sectionOnThisHost
    case sectionVerdict
    case sectionCheckElsewhere
    case sectionWarnings
    case headlinePort
    case headlineReserved
    case headlineUnregistered
    case headlineResolves
    case headlineAlsoOn
    case statusAssigned
    case statusReserved
    case statusUnassigned
    case portsRange
    case impliedDynamic
    case impliedUnregistered
    case ephemeralThisHost
    case ephemeralPrivileged
    case ephemeralReservedList
    case privilegeNone
    case privilegeBelow
    case hostOffline
    case defaultLabel
    case noteLabel
    case nothingUsesIt
    // MARK: Sockets grouped by process (explain's "on this host now", who)
    case socketsNoProcess
    case socketsHidden
    case processUser
    case queueText
    case queueFull
    case sharedWith
    case roleListener
    case roleServer
    case roleClient
    case roleUnknown
    case heldElsewhereOne
    case heldElsewhereMany
    case listeningParen
    // MARK: explain, Markdown
    case mdIANARange
    case mdServices
    case mdNoneRegistered
    case mdEphemeralOn
    case mdNoCommonOS
    case mdEphemeralOnHost
    case mdAlsoRegistered
    case mdRangeMeaning
    case columnProtocol
    case columnService
    case columnStatus
    case columnDescription
    case columnReferences
    case mdNotes
    case mdUnauthorized
    case mdEphemeralTitle
    case mdEphemeralIntro
    case columnSystem
    case columnRange
    case columnContains
    case mdThisHost
    case mdOSDefault
    case mdReservedParen
    case mdCheckTitle
    case mdDataOf
    case mdSource
}
