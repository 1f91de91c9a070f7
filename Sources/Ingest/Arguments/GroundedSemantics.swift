import Domain

/// Dung's grounded semantics: the least fixed point of the characteristic function, as a labelling.
///
/// An argument is `in` when every attacker is `out` (so an unattacked argument is `in`), `out`
/// when some attacker is `in`, and `undecided` otherwise (cycles nobody breaks: a 2-cycle, an odd
/// cycle). The result is unique and sceptical: it accepts only what no argument can question.
///
/// ```swift
/// GroundedSemantics.label(arguments: [1, 2, 3], attacks: [(from: 1, to: 2), (from: 2, to: 3)])
/// // [1: .in, 2: .out, 3: .in]
/// ```
/// See P. M. Dung, "On the acceptability of arguments ...", Artificial Intelligence 77 (1995), and
/// Modgil & Caminada, "Proof theories and algorithms for abstract argumentation frameworks" (2009),
/// whose labelling algorithm this is.
public enum GroundedSemantics {
    public typealias Label = AcceptabilityLabel

    /// Labels every argument. Attacks naming an argument not in `arguments` are ignored; a
    /// self-attacking argument can never be `in`.
    ///
    /// Runs in O(arguments + attacks): each argument is labelled once, when its last attacker
    /// goes `out` (it becomes `in`) or its first attacker comes `in` (it becomes `out`).
    public static func label(arguments: [Int], attacks: [(from: Int, to: Int)]) -> [Int: Label] {
        // Dense indexes and flat arrays (targets in CSR form) rather than a dictionary of sets per
        // argument: the whole corpus's attack graph is labelled at once, and dictionaries of sets
        // made the ingest's peak memory grow with the corpus (`make bench`).
        var position: [Int: Int32] = [:]
        position.reserveCapacity(arguments.count)
        var ids: [Int] = []
        ids.reserveCapacity(arguments.count)
        for argument in arguments where position[argument] == nil {
            position[argument] = Int32(ids.count)
            ids.append(argument)
        }
        // Distinct edges (from, to), sorted by `from`.
        var edges: [(from: Int32, to: Int32)] = []
        edges.reserveCapacity(attacks.count)
        for attack in attacks {
            guard let from = position[attack.from], let to = position[attack.to] else { continue }
            edges.append((from, to))
        }
        edges.sort { $0.from < $1.from || ($0.from == $1.from && $0.to < $1.to) }
        var unique: [(from: Int32, to: Int32)] = []
        unique.reserveCapacity(edges.count)
        for edge in edges where unique.last.map({ $0.from != edge.from || $0.to != edge.to }) ?? true {
            unique.append(edge)
        }
        edges = []
        let count = ids.count
        var firstTarget = [Int32](repeating: 0, count: count + 1)
        var undecidedAttackers = [Int32](repeating: 0, count: count)
        for edge in unique {
            firstTarget[Int(edge.from) + 1] += 1
            undecidedAttackers[Int(edge.to)] += 1
        }
        for index in 0..<count { firstTarget[index + 1] += firstTarget[index] }
        let targetList = unique.map(\.to)
        unique = []

        // 0 = not labelled yet.
        var labels = [UInt8](repeating: 0, count: count)
        let inLabel: UInt8 = 1, outLabel: UInt8 = 2
        var queue: [Int32] = []
        for index in 0..<count where undecidedAttackers[index] == 0 { queue.append(Int32(index)) }

        // Each round makes the queued arguments `in`, their targets `out`, and queues any argument
        // whose attackers are now all `out`.
        while let argument = queue.popLast().map(Int.init) {
            guard labels[argument] == 0 else { continue }
            labels[argument] = inLabel
            for t in Int(firstTarget[argument])..<Int(firstTarget[argument + 1]) {
                let target = Int(targetList[t])
                guard labels[target] == 0 else { continue }
                labels[target] = outLabel
                for n in Int(firstTarget[target])..<Int(firstTarget[target + 1]) {
                    let next = Int(targetList[n])
                    guard labels[next] == 0 else { continue }
                    undecidedAttackers[next] -= 1
                    if undecidedAttackers[next] == 0 { queue.append(Int32(next)) }
                }
            }
        }
        var result: [Int: Label] = [:]
        result.reserveCapacity(count)
        for index in 0..<count {
            result[ids[index]] = labels[index] == inLabel ? .in : labels[index] == outLabel ? .out : .undecided
        }
        return result
    }
}
