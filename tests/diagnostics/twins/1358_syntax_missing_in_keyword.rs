//! mistake: the `in` of the `for` loop left out mid-edit, `for s &self.shapes`
//! offending: &self.shapes {
//! category: syntax
struct Square {
    side: f64,
}

struct Drawing {
    shapes: Vec<Square>,
}

impl Drawing {
    fn perimeters(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for s &self.shapes {
            out.push(4.0 * s.side);
        }
        out
    }
}

fn main() {
    let d = Drawing { shapes: vec![Square { side: 2.0 }] };
    println!("{:?}", d.perimeters());
}
