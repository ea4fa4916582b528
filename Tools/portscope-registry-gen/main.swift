// Generates Sources/PortscopeKnowledge/Generated/IANARegistryData.swift from IANA's CSV.
//
// Usage: swift run portscope-registry-gen [CSV] [OUTPUT]
//   CSV     defaults to ../shared/data/iana/service-names-port-numbers.csv
//   OUTPUT  defaults to Sources/PortscopeKnowledge/Generated/IANARegistryData.swift
import Foundation
import PortscopeKnowledge

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("-h") || arguments.contains("--help") {
    print("usage: portscope-registry-gen [CSV] [OUTPUT]")
    exit(0)
}
let csvPath = arguments.first ?? "../shared/data/iana/service-names-port-numbers.csv"
let outputPath = arguments.dropFirst().first ?? RegistrySwiftSource.path

do {
    let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
    let rows = try IANACSV.parse(csv)
    let text = RegistryFormat.encode(rows, source: "service-names-port-numbers.csv")
    try RegistrySwiftSource.make(registryText: text).write(toFile: outputPath, atomically: true, encoding: .utf8)
    let entries = rows.reduce(0) { $0 + $1.entries.count }
    print("wrote \(outputPath): \(rows.count) rows, \(entries) (port, protocol) entries, \(text.utf8.count) bytes")
} catch {
    FileHandle.standardError.write("portscope-registry-gen: \(error)\n".data(using: .utf8)!)
    exit(1)
}
