//! mistake: drew the random train/test mask from an `rng` that was not declared `mut`
//! offending: rng
//! category: ownership
use comprehensions::comp;

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
    let n_samples = 10;
    let rng = Lcg::new(42);
    let is_train = comp![rng.next_f64() < 0.8 for _ in 0..n_samples];
    println!("{is_train:?}");
}
