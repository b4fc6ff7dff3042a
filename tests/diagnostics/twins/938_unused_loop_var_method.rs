//! mistake: named the loop variable of a loop whose body does not use it
//! offending: row
//! category: lint
struct Sheet {
    rows: Vec<Vec<f64>>,
}

impl Sheet {
    fn blank_totals(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for row in &self.rows {
            out.push(0.0);
        }
        out
    }
}

fn main() {
    let s = Sheet { rows: vec![vec![1.0], vec![2.0]] };
    println!("{:?}", s.blank_totals());
}
