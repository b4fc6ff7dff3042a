//! mistake: Python's `line.split(",")[0]`: `split` returns an iterator, which cannot be indexed
//! offending: line.split(',')[0]
//! category: python-habit
use comprehensions::comp;

struct Csv {
    lines: Vec<String>,
}

impl Csv {
    fn first_column(&self) -> Vec<&str> {
        comp![line.split(',')[0] for line in &self.lines if !line.is_empty()]
    }
}

fn main() {
    let c = Csv { lines: vec!["a,1".into(), "b,2".into()] };
    println!("{:?}", c.first_column());
}
