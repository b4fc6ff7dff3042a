//! mistake: the `collect::<Result<Vec<_>, _>>()` habit applied to an eager comprehension, which is already a `Vec` of `Result`s, not an iterator
//! offending: collect
//! category: type
use comprehensions::comp;
use std::num::ParseIntError;

struct Csv {
    cells: Vec<String>,
}

impl Csv {
    fn numbers(&self) -> Result<Vec<i32>, ParseIntError> {
        let nums = comp![s.parse::<i32>() for s in &self.cells].collect::<Result<Vec<_>, _>>()?;
        Ok(nums)
    }
}

fn main() {
    let c = Csv { cells: vec!["1".into(), "2".into()] };
    println!("{:?}", c.numbers());
}
