import Testing

@testable import Ingest

@Suite struct GroundedSemanticsTests {
    typealias Label = GroundedSemantics.Label

    static func label(_ arguments: [Int], _ attacks: [(Int, Int)]) -> [Int: Label] {
        GroundedSemantics.label(arguments: arguments, attacks: attacks.map { (from: $0.0, to: $0.1) })
    }

    @Test func unattackedArgumentsAreIn() {
        #expect(Self.label([1, 2], []) == [1: .in, 2: .in])
        #expect(Self.label([], []) == [:])
    }

    @Test func aChainAlternates() {
        // a -> b -> c: a is in, so b is out, so c is defended.
        #expect(Self.label([1, 2, 3], [(1, 2), (2, 3)]) == [1: .in, 2: .out, 3: .in])
        #expect(Self.label([1, 2, 3, 4], [(1, 2), (2, 3), (3, 4)]) == [1: .in, 2: .out, 3: .in, 4: .out])
    }

    @Test func aTwoCycleIsUndecided() {
        #expect(Self.label([1, 2], [(1, 2), (2, 1)]) == [1: .undecided, 2: .undecided])
        // ... and so is what it alone attacks.
        #expect(Self.label([1, 2, 3], [(1, 2), (2, 1), (2, 3)]) == [1: .undecided, 2: .undecided, 3: .undecided])
    }

    @Test func anOddCycleIsUndecided() {
        #expect(Self.label([1, 2, 3], [(1, 2), (2, 3), (3, 1)]) == [1: .undecided, 2: .undecided, 3: .undecided])
    }

    @Test func anUnattackedAttackerBreaksACycle() {
        // d attacks a in the 2-cycle a <-> b: a is out, so b is in.
        #expect(Self.label([1, 2, 4], [(1, 2), (2, 1), (4, 1)]) == [1: .out, 2: .in, 4: .in])
    }

    @Test func reinstatementNeedsEveryAttackerOut() {
        // c is attacked by b (out, beaten by a) and by d (undecided, self-attacking).
        #expect(
            Self.label([1, 2, 3, 4], [(1, 2), (2, 3), (4, 3), (4, 4)])
                == [1: .in, 2: .out, 3: .undecided, 4: .undecided])
    }

    @Test func attacksOnUnknownArgumentsAreIgnored() {
        #expect(Self.label([1], [(9, 1), (1, 9)]) == [1: .in])
    }

    @Test func duplicateAttacksCountOnce() {
        #expect(Self.label([1, 2, 3], [(1, 2), (1, 2), (2, 3)]) == [1: .in, 2: .out, 3: .in])
    }
}
