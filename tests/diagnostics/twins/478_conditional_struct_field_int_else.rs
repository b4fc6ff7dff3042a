//! mistake: conditional in a struct field of type f64: the else branch is the integer literal 0
//! offending: { 0 }
//! category: type

#[derive(Debug)]
struct Row {
    name: String,
    score: f64,
}

fn main() {
    let raw = vec![("ann", 7), ("bob", -2)];
    let mut rows = Vec::new();
    for (n, s) in raw {
        rows.push(Row { name: n.to_string(), score: if s > 0 { s as f64 } else { 0 } });
    }
    println!("{rows:?}");
}
