//! mistake: iterates `split_once('=')` as if it returned a list of the two halves; it is an `Option` of a pair, iterated once
//! offending: line.split_once('=')
//! category: lint
use comprehensions::comp;

fn main() {
    let line = "timeout=30";
    let parts = comp![kv for kv in line.split_once('=')];
    println!("{parts:?}");
}
