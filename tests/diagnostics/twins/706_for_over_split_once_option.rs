//! mistake: iterates `split_once('=')` as if it returned a list of the two halves; it is an `Option` of a pair, iterated once
//! offending: line.split_once('=')
//! category: lint

fn main() {
    let line = "timeout=30";
    let mut parts = Vec::new();
    for kv in line.split_once('=') {
        parts.push(kv);
    }
    println!("{parts:?}");
}
