//! mistake: using a lazy comprehension twice, as if it were a list
//! offending: evens
//! category: ownership
use comprehensions::comp;

fn main() {
    let readings = vec![4, 7, 10, 13];
    let evens = comp!((r for r in &readings if r % 2 == 0));
    let count = evens.count();
    let total: i32 = evens.sum();
    println!("{total} over {count}");
}
