//! mistake: put the query `String` itself (not a clone) in every hit tuple
//! offending: (query, d.id)
//! category: ownership
use comprehensions::comp;

struct Doc {
    id: u32,
}

fn main() {
    let query = String::from("inverted index");
    let docs = vec![Doc { id: 1 }, Doc { id: 7 }, Doc { id: 9 }];
    let hits: Vec<(String, u32)> = comp![(query, d.id) for d in &docs];
    println!("{hits:?}");
}
