// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "argkb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "argkb", targets: ["argkb"]),
        .library(name: "ArgkbDomain", targets: ["Domain"]),
        .library(name: "ArgkbStore", targets: ["Store"]),
        .library(name: "ArgkbIngest", targets: ["Ingest"]),
        .library(name: "ArgkbQuery", targets: ["Query"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // The system SQLite (Debian: libsqlite3-dev). Only Store imports it.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The Snowball stemmers (Debian: libstemmer-dev). Only Stemming imports it.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // libxml2's HTML parser (Debian: libxml2-dev). Only Ingest's HTML reader imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Word families: the Snowball English (Porter2) stemmer and the close derivations
        // (data/lexicon/derivations.tsv, from WordNet, compiled in).
        .target(
            name: "Stemming",
            dependencies: ["CStemmer"],
            resources: [.embedInCode("Data/derivations.tsv")]
        ),
        // The domain's closed sets (claim types, sides, predicates, the likelihood scale...), defined
        // once: pure Swift, imported by Ingest, Query and the command line.
        // English word lists (data/lexicon/grammar/words.tsv, compiled in) come with them.
        .target(name: "Domain", resources: [.embedInCode("Grammar/words.tsv")]),
        // Connection, statements, errors, transactions and the schema (schema.sql, embedded).
        .target(
            name: "Store",
            dependencies: ["CSQLite", "Domain"],
            exclude: [],
            resources: [.embedInCode("schema.sql")]
        ),
        // Files (text, HTML, PDF) -> normalized sources, sentences, actors, claims, relations; one writer.
        .target(
            name: "Ingest",
            dependencies: ["Domain", "Store", "Stemming", "CLibXML2", .product(name: "Crypto", package: "swift-crypto")],
            // The built-in lexicons: symlinks to data/lexicon, compiled into the binary as schema.sql is.
            resources: [
                .embedInCode("Lexicon/BuiltIn/actors.tsv"), .embedInCode("Lexicon/BuiltIn/actors-world.tsv"),
                .embedInCode("Lexicon/BuiltIn/attribution.tsv"), .embedInCode("Lexicon/BuiltIn/candidate-stopwords.tsv"),
                .embedInCode("Lexicon/BuiltIn/discourse.tsv"), .embedInCode("Lexicon/BuiltIn/estimative.tsv"),
                .embedInCode("Lexicon/BuiltIn/factuality.tsv"), .embedInCode("Lexicon/BuiltIn/link-cues.tsv"),
                .embedInCode("Lexicon/BuiltIn/propositions.tsv"), .embedInCode("Lexicon/BuiltIn/relations.tsv"),
            ]
        ),
        // Questions, search, listings, output formats, reports.
        .target(
            name: "Query",
            dependencies: ["Domain", "Store", "Stemming"]
        ),
        // The command line: parse, call, print.
        .executableTarget(
            name: "argkb",
            dependencies: [
                "Domain", "Store", "Ingest", "Query",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "StoreTests", dependencies: ["Domain", "Store"], exclude: ["schema-7.sql"]),
        .testTarget(name: "StemmingTests", dependencies: ["Stemming"], exclude: ["english-vocabulary.tsv"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Store"], resources: []),
        .testTarget(name: "QueryTests", dependencies: ["Query", "Ingest", "Store"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["Store", "Ingest", "Query"]),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "argkb", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
