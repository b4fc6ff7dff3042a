//! mistake: Python's loop colon typed after the `for` loop's iterable, `for s in &self.shapes: {`
//! offending: : {
//! category: syntax
struct Square {
    side: f64,
}

struct Drawing {
    shapes: Vec<Square>,
}

impl Drawing {
    fn areas(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for s in &self.shapes: {
            out.push(s.side * s.side);
        }
        out
    }
}

fn main() {
    let d = Drawing { shapes: vec![Square { side: 2.0 }] };
    println!("{:?}", d.areas());
}
