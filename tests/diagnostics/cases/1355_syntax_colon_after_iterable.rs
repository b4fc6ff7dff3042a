//! mistake: Python's loop colon typed after the comprehension's iterable, `for s in &self.shapes:`
//! offending: :]
//! category: syntax
use comprehensions::comp;

struct Square {
    side: f64,
}

struct Drawing {
    shapes: Vec<Square>,
}

impl Drawing {
    fn areas(&self) -> Vec<f64> {
        comp![s.side * s.side for s in &self.shapes:]
    }
}

fn main() {
    let d = Drawing { shapes: vec![Square { side: 2.0 }] };
    println!("{:?}", d.areas());
}
