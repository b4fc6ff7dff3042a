//! mistake: writes each cell from a comprehension evaluated only for its effects, discarding the `fmt::Result`s (lint: unused_must_use)
//! offending: self.cells.iter().map(|c| write!(f, "{c:>6}")).collect::<Vec<_>>()
//! category: lint
use std::fmt;

struct Row {
    cells: Vec<i64>,
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.cells.iter().map(|c| write!(f, "{c:>6}")).collect::<Vec<_>>();
        Ok(())
    }
}

fn main() {
    let r = Row { cells: vec![1, 20, 300] };
    println!("{r}");
}
