fn main() {
    for t in std::env::args().skip(1) {
        let s = normalizer::classify::classify(&t);
        println!("{t}: {:?} garbled={}", s.score, s.garbled);
    }
}
