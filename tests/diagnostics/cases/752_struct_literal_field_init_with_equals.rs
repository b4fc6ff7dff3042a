//! mistake: builds a struct with Python's keyword-argument `id=..` syntax inside the braces
//! offending: id =
//! category: syntax
use comprehensions::comp;

#[derive(Debug)]
struct Rec {
    id: u32,
    name: String,
}

fn main() {
    let data = "1,ann\n2,bob";
    let recs = comp![Rec { id = cols[0].parse().unwrap(), name: cols[1].to_string() }
        for line in data.lines()
        let cols: Vec<&str> = line.split(',').collect()];
    println!("{recs:?}");
}
