#!/usr/bin/env bash
# Builds the libFuzzer targets into .build/fuzz/: each target's harness is compiled in one module with
# the argkb sources it exercises (so internal API such as RawLines and QuestionParser.words is
# reachable), with -sanitize=fuzzer,address. Usage: fuzz/build.sh [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

ingest_text=(Sources/Ingest/Normalize/*.swift Sources/Ingest/Segment/*.swift Sources/Ingest/Text/*.swift
             Sources/Ingest/Model/SourceDocument.swift)

# Store needs its embedded schema (SwiftPM generates PackageResources for .embedInCode).
schema_swift="$out/PackageResources.swift"
python3 - "$schema_swift" <<'PY'
import sys
data = open("schema.sql", "rb").read()
with open(sys.argv[1], "w") as f:
    f.write("enum PackageResources {\n    static let schema_sql: [UInt8] = [" + ",".join(str(b) for b in data) + "]\n}\n")
PY

build() {
    local name=$1; shift
    echo "building $out/$name" >&2
    swiftc "${flags[@]}" -module-name "Fuzz_$name" "$@" -o "$out/$name"
}

targets=("${@:-normalizer segmenter date question}")
for target in ${targets[@]}; do
    case $target in
        normalizer) build normalizer fuzz/Invariants.swift fuzz/NormalizerFuzz.swift "${ingest_text[@]}" ;;
        segmenter)  build segmenter fuzz/Invariants.swift fuzz/SegmenterFuzz.swift "${ingest_text[@]}" ;;
        date)       build date fuzz/Invariants.swift fuzz/DateParserFuzz.swift "${ingest_text[@]}" ;;
        question)
            # Query imports Store: build Store as a static library module first.
            echo "building $out/libStore.a" >&2
            swiftc "${flags[@]}" -emit-library -static -emit-module -module-name Store -I Sources/CSQLite \
                Sources/Store/*.swift "$schema_swift" -o "$out/libStore.a" -emit-module-path "$out/Store.swiftmodule"
            build question -I "$out" -I Sources/CSQLite -L "$out" -lStore -lsqlite3 fuzz/Invariants.swift \
                fuzz/QuestionFuzz.swift Sources/Query/*/*.swift ;;
        *) echo "unknown target $target" >&2; exit 64 ;;
    esac
done
