//! mistake: the `in` of the `for` clause left out mid-edit, `for s &self.shapes`
//! offending: &self.shapes]
//! category: syntax
use comprehensions::comp;

struct Square {
    side: f64,
}

struct Drawing {
    shapes: Vec<Square>,
}

impl Drawing {
    fn perimeters(&self) -> Vec<f64> {
        comp![4.0 * s.side for s &self.shapes]
    }
}

fn main() {
    let d = Drawing { shapes: vec![Square { side: 2.0 }] };
    println!("{:?}", d.perimeters());
}
