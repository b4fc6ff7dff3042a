//! mistake: Python's `",".join(...)` on a list of numbers (Python raises too): `.join(",")` on a `Vec<i32>`
//! offending: join
//! category: type
use comprehensions::comp;

fn main() {
    let ids = vec![4, 8, 15];
    let csv = comp![i * 2 for i in &ids].join(",");
    println!("{csv}");
}
