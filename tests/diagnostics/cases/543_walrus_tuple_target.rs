//! mistake: a walrus with a tuple target, `((k, v) := line.split_once('=')?)`-style unpacking (Python rejects it too)
//! offending: (k, v)
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["host=db", "port=5432"];
    // Python (rejected there too): [k for line in lines if ((k, v) := line.split("=", 1)) and v]
    let keys = comp![k for line in &lines if !((k, v) := line.split_once('=').unwrap()).1.is_empty()];
    println!("{keys:?}");
}
