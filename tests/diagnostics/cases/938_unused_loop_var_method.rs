//! mistake: named the loop variable of `[0.0 for row in rows]` though the element does not use it
//! offending: row
//! category: lint
use comprehensions::comp;

struct Sheet {
    rows: Vec<Vec<f64>>,
}

impl Sheet {
    fn blank_totals(&self) -> Vec<f64> {
        comp![0.0 for row in &self.rows]
    }
}

fn main() {
    let s = Sheet { rows: vec![vec![1.0], vec![2.0]] };
    println!("{:?}", s.blank_totals());
}
