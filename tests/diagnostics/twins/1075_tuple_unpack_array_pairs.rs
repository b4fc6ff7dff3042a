//! mistake: Python's `for a, b in pairs` over a list of two-item lists (arrays in Rust)
//! offending: (a, b)
//! category: python-habit
fn main() {
    let pairs: Vec<[i64; 2]> = vec![[1, 2], [3, 4], [5, 6]];
    let mut products = Vec::new();
    for (a, b) in pairs {
        products.push(a * b);
    }
    println!("{products:?}");
}
