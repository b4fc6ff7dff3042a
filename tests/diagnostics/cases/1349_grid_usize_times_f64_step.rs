//! mistake: `[self.origin + i * self.step for i in range(self.n)]` ported with a `usize` index times an `f64` step
//! offending: i * self.step
//! category: type
use comprehensions::comp;

struct Axis {
    origin: f64,
    step: f64,
    n: usize,
}

impl Axis {
    fn ticks(&self) -> Vec<f64> {
        comp![self.origin + i * self.step for i in 0..self.n]
    }
}

fn main() {
    let a = Axis { origin: 0.0, step: 0.5, n: 4 };
    println!("{:?}", a.ticks());
}
