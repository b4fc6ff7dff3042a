//! mistake: a comprehension computed into a variable that is never used (left over from a refactor)
//! offending: evens
//! category: lint
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3, 4, 5, 6];
    let evens = comp![x for x in &xs if x % 2 == 0];
    let total: i32 = xs.iter().sum();
    println!("{total}");
}
