//! mistake: builds a struct with Python's keyword-argument `id=..` syntax inside the braces
//! offending: id =
//! category: syntax
#[derive(Debug)]
struct Rec {
    id: u32,
    name: String,
}

fn main() {
    let data = "1,ann\n2,bob";
    let mut recs = Vec::new();
    for line in data.lines() {
        let cols: Vec<&str> = line.split(',').collect();
        recs.push(Rec { id = cols[0].parse().unwrap(), name: cols[1].to_string() });
    }
    println!("{recs:?}");
}
