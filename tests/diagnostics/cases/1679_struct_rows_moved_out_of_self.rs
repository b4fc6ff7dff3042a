//! mistake: a `&self` method iterates `self.rows` by value (forgotten `&`) in a lazy row-sum iterator
//! offending: self.rows
//! category: ownership
use comprehensions::comp;

struct Matrix {
    rows: Vec<Vec<f64>>,
}

impl Matrix {
    fn row_sums(&self) -> impl Iterator<Item = f64> + '_ {
        comp!((row.iter().sum::<f64>() for row in self.rows))
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1.0, 2.0], vec![3.0, 4.0]] };
    println!("{:?}", m.row_sums().collect::<Vec<_>>());
}
