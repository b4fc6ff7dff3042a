//! mistake: declared the random generator without `mut` and drew from it (`&mut self`) in the filter
//! offending: rng
//! category: ownership

/// A small linear congruential generator, as in a teaching simulation.
struct Lcg {
    state: u64,
}

impl Lcg {
    fn new(seed: u64) -> Self {
        Lcg { state: seed }
    }

    fn next_f64(&mut self) -> f64 {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.state >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn main() {
    let rng = Lcg::new(42);
    let population = 1000;
    let survival_p = 0.73;
    let mut survivors: Vec<usize> = Vec::new();
    for i in 0..population {
        if rng.next_f64() < survival_p {
            survivors.push(i);
        }
    }
    println!("{} of {population} survived", survivors.len());
}
