@testable import CorpusGenerator
import Testing

@Suite("One-off doctors")
struct OneOffDoctorTests {
    @Test("one-off doctors of different pages never share a name, up to a site-sized corpus and beyond")
    func unique() {
        // At 175,000 pages, names drawn at random collided: two pages' `unknown-specialty`
        // doctors then looked like one doctor with two specialties (a real doctor-consistency
        // finding the ground truth did not list).
        let names = (0..<300_000).map(DoctorPool.oneOffName(forPage:))
        #expect(Set(names).count == names.count)
        #expect(DoctorPool.oneOffName(forPage: 0) == "Chen Yongyongyong")
        #expect(DoctorPool.oneOffName(forPage: 41) == "Chen Xuexueyong")
    }

    @Test("no doctor of the pool has a one-off doctor's name")
    func apartFromThePool() {
        var random = SplitMix64(seed: 7)
        let pool = DoctorPool(random: &random)
        let poolNames = Set(pool.doctors.map(\.name))
        #expect(!poolNames.isEmpty)
        #expect((0..<50_000).allSatisfy { !poolNames.contains(DoctorPool.oneOffName(forPage: $0)) })
    }
}
