//! mistake: a "lazy dict" written as `(k: v for ..)` expecting an iterator of pairs, where a tuple `(k, v)` is needed
//! offending: :
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bob"];
    let pairs = comp!((n: n.len() for n in names));
    let m: HashMap<&str, usize> = pairs.collect();
    println!("{m:?}");
}
