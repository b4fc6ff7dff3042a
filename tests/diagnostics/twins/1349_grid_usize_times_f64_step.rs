//! mistake: a tick loop with a `usize` index times an `f64` step
//! offending: i * self.step
//! category: type
struct Axis {
    origin: f64,
    step: f64,
    n: usize,
}

impl Axis {
    fn ticks(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for i in 0..self.n {
            out.push(self.origin + i * self.step);
        }
        out
    }
}

fn main() {
    let a = Axis { origin: 0.0, step: 0.5, n: 4 };
    println!("{:?}", a.ticks());
}
