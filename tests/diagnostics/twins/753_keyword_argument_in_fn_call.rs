//! mistake: calls a constructor function with Python keyword arguments `make_rec(id=.., name=..)`
//! offending: id = cols[0]
//! category: python-habit
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
    let mut recs = Vec::new();
    for line in data.lines() {
        let cols: Vec<&str> = line.split(',').collect();
        recs.push(make_rec(id = cols[0], cols[1]));
    }
    println!("{recs:?}");
}
