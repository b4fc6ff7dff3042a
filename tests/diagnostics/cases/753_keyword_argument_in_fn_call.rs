//! mistake: calls a constructor function with Python keyword arguments `make_rec(id=.., name=..)`
//! offending: id = cols[0]
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct Rec {
    id: String,
    name: String,
}

fn make_rec(id: &str, name: &str) -> Rec {
    Rec { id: id.to_string(), name: name.to_string() }
}

fn main() {
    let data = "1,ann\n2,bob";
    let recs = comp![make_rec(id = cols[0], cols[1])
        for line in data.lines()
        let cols: Vec<&str> = line.split(',').collect()];
    println!("{recs:?}");
}
