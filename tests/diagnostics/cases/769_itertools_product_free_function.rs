//! mistake: itertools.product(a, b) as a free function in the iterable (Rust: two for clauses)
//! offending: product
//! category: python-habit
use comprehensions::comp;

fn main() {
    let sizes = vec!["S", "M", "L"];
    let colors = vec!["red", "blue"];
    let skus = comp![format!("{s}-{c}") for (s, c) in product(&sizes, &colors)];
    println!("{skus:?}");
}
