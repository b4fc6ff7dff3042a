//! mistake: Python's truthiness `if n % 2` (an integer) as a filter for odd numbers
//! offending: n % 2
//! category: python-habit
fn main() {
    let nums = vec![3, 8, 5, 12, 7];
    let mut odds = Vec::new();
    for n in &nums {
        if n % 2 {
            odds.push(n);
        }
    }
    println!("{odds:?}");
}
