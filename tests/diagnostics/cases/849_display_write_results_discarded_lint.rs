//! mistake: writes each cell from a comprehension evaluated only for its effects, discarding the `fmt::Result`s (lint: unused_must_use)
//! offending: comp![write!(f, "{c:>6}") for c in &self.cells]
//! category: lint
use comprehensions::comp;
use std::fmt;

struct Row {
    cells: Vec<i64>,
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        comp![write!(f, "{c:>6}") for c in &self.cells];
        Ok(())
    }
}

fn main() {
    let r = Row { cells: vec![1, 20, 300] };
    println!("{r}");
}
