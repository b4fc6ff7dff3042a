//! mistake: conditional in a struct field of type f64: the else branch is the integer literal 0
//! offending: else 0
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Row {
    name: String,
    score: f64,
}

fn main() {
    let raw = vec![("ann", 7), ("bob", -2)];
    // Python: [Row(name=n, score=float(s) if s > 0 else 0) for n, s in raw]
    let rows = comp![Row { name: n.to_string(), score: s as f64 if s > 0 else 0 } for (n, s) in raw];
    println!("{rows:?}");
}
