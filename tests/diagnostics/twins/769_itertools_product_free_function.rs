//! mistake: itertools.product(a, b) as a free function in the iterable (Rust: two for clauses)
fn main() {
    let sizes = vec!["S", "M", "L"];
    let colors = vec!["red", "blue"];
    let mut skus = Vec::new();
    for (s, c) in product(&sizes, &colors) {
        skus.push(format!("{s}-{c}"));
    }
    println!("{skus:?}");
}
