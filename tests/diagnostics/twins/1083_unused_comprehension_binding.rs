//! mistake: a comprehension computed into a variable that is never used (left over from a refactor)
//! offending: evens
//! category: lint
fn main() {
    let xs = vec![1, 2, 3, 4, 5, 6];
    let evens: Vec<&i32> = xs.iter().filter(|x| *x % 2 == 0).collect();
    let total: i32 = xs.iter().sum();
    println!("{total}");
}
