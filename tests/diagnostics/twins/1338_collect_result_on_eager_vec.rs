//! mistake: the `collect::<Result<Vec<_>, _>>()` habit applied to a filled `Vec` of `Result`s, not an iterator
//! offending: collect
//! category: type
use std::num::ParseIntError;

struct Csv {
    cells: Vec<String>,
}

impl Csv {
    fn numbers(&self) -> Result<Vec<i32>, ParseIntError> {
        let mut parsed = Vec::new();
        for s in &self.cells {
            parsed.push(s.parse::<i32>());
        }
        let nums = parsed.collect::<Result<Vec<_>, _>>()?;
        Ok(nums)
    }
}

fn main() {
    let c = Csv { cells: vec!["1".into(), "2".into()] };
    println!("{:?}", c.numbers());
}
