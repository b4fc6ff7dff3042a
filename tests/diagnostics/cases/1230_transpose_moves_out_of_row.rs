//! mistake: Python's transpose `[[row[i] for row in m] for i in range(n)]` over a matrix of `String`s: `row[i]` moves out of the row
//! offending: row[i]
//! category: ownership
use comprehensions::comp;

struct Table {
    cells: Vec<Vec<String>>,
    width: usize,
}

impl Table {
    fn columns(&self) -> Vec<Vec<String>> {
        comp![[row[i] for row in &self.cells] for i in 0..self.width]
    }
}

fn main() {
    let t = Table { cells: vec![vec!["a".into(), "b".into()], vec!["c".into(), "d".into()]], width: 2 };
    println!("{:?}", t.columns());
}
